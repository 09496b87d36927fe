/**
 * The rows of «Настройки» for monitoring (issue 6, item 3): when a pair is due for the end
 * questionnaire, how often a person may be reminded, and the reminder's subject line.
 */
export const MONITORING_SETTING_ROWS = [
  {
    key: 'monitoring.endWindowDays',
    label: 'Мониторинг: за сколько дней до окончания программы просить итоговую анкету',
    defaultValue: '30',
    explanation:
      'Пары и группы, у которых до даты «Окончание» осталось не больше стольких дней (или она прошла), ' +
      'а также завершённые и расторгнутые, должны заполнить анкету этапа «завершение программы».',
  },
  {
    key: 'monitoring.reminderIntervalDays',
    label: 'Мониторинг: не напоминать повторно раньше, чем через (дней)',
    defaultValue: '7',
    explanation:
      '«Напомнить о мониторинге…» не пишет тому, кому уже напоминали об этом этапе за последние столько ' +
      'дней (по листу «Напоминания»).',
  },
  {
    key: 'monitoring.reminderSubject',
    label: 'Мониторинг: тема письма-напоминания',
    defaultValue: 'Анкета мониторинга программы наставничества',
    explanation: 'Тема письма, которое получают не ответившие на анкету мониторинга.',
  },
] as const;

const wholeDays = (raw: string | undefined, fallback: number, min: number, max: number): number => {
  const n = Number(
    String(raw ?? '')
      .replace(',', '.')
      .trim(),
  );
  return String(raw ?? '').trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};

export interface MonitoringSettings {
  endWindowDays: number;
  reminderIntervalDays: number;
  reminderSubject: string;
}

/** The monitoring settings from «Настройки» values (readSettings), defaults for empty or unreadable ones. */
export function readMonitoringSettings(settings: Readonly<Record<string, string>>): MonitoringSettings {
  return {
    endWindowDays: wholeDays(settings['monitoring.endWindowDays'], 30, 0, 366),
    reminderIntervalDays: wholeDays(settings['monitoring.reminderIntervalDays'], 7, 0, 366),
    reminderSubject:
      String(settings['monitoring.reminderSubject'] ?? '').trim() ||
      'Анкета мониторинга программы наставничества',
  };
}
