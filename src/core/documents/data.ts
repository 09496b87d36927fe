import { type CalendarDay, addDays, calendarDay } from './dates';
import type { DocumentInput, DocumentPair, DocumentPerson, OrderInfo } from './data-types';
import { nameValue, parseManualForms } from './names';
import { periodText, programmeContent } from './programme';
import { ROADMAP_STAGES } from './roadmap';
import { finalReportRecord } from '../season/report/record';
import type { DayValue, TemplateData, TemplateRecord, TemplateValue } from './types';

/**
 * The data each template kind is rendered from (paths in paths.ts). Settings are read by key; a
 * missing value stays missing so the document shows «____» and the renderer warns.
 */
type SettingsMap = Record<string, string>;

const setting = (settings: SettingsMap, key: string): string => String(settings[key] ?? '').trim();

const day = (d: CalendarDay): DayValue => ({ kind: 'day', ...d });

function person(p: DocumentPerson | undefined): TemplateRecord {
  if (!p) return {};
  return {
    фио: nameValue(p.fullName, p.gender, p.forms),
    должность: p.position ?? '',
    предмет: p.subject ?? '',
    эл_почта: p.email ?? '',
  };
}

function settingsPerson(settings: SettingsMap, nameKey: string, casesKey: string): TemplateValue {
  const full = setting(settings, nameKey);
  return full ? nameValue(full, undefined, parseManualForms(setting(settings, casesKey)).forms) : null;
}

/** Organisation, director, curator and today: every kind prints these. */
function common(settings: SettingsMap, today: Date): Record<string, TemplateValue> {
  return {
    организация: {
      наименование: setting(settings, 'organization.fullName'),
      сокращённо: setting(settings, 'organization.shortName'),
      адрес: setting(settings, 'organization.address'),
      город: setting(settings, 'organization.city'),
    },
    руководитель: {
      фио: settingsPerson(settings, 'director.name', 'director.nameCases'),
      должность: setting(settings, 'director.position'),
    },
    куратор: {
      фио: settingsPerson(settings, 'curator.name', 'curator.nameCases'),
      должность: setting(settings, 'curator.position'),
    },
    сегодня: today,
  };
}

const order = (o: OrderInfo | null | undefined): TemplateRecord => ({
  номер: o?.number ?? '',
  дата: o?.date ?? null,
});

function pairRecord(pair: DocumentPair, index: number): TemplateRecord {
  const mentees = pair.mentees.map(person);
  return {
    номер: String(index + 1),
    наставник: person(pair.mentor),
    наставляемые: mentees,
    наставляемые_должности: pair.mentees
      .map((m) => m.position ?? '')
      .filter((s) => s)
      .join(', '),
    форма: pair.form,
    начало: pair.start,
    окончание: pair.end,
    срок: pair.start && pair.end ? { kind: 'period', from: pair.start, to: pair.end } : '',
    группа: pair.mentees.length > 1,
  };
}

const programmeMonths = (settings: SettingsMap): number => {
  const n = Number(setting(settings, 'programme.defaultMonths').replace(',', '.'));
  return Number.isInteger(n) && n >= 3 && n <= 12 ? n : 9;
};

/** The day before the same date `months` later; the month's last day when that date does not exist. */
function termEnd(start: CalendarDay, months: number): CalendarDay {
  const target = new Date(Date.UTC(start.year, start.month - 1 + months, start.day));
  if (target.getUTCDate() !== start.day) {
    const last = new Date(Date.UTC(start.year, start.month - 1 + months + 1, 0));
    return { year: last.getUTCFullYear(), month: last.getUTCMonth() + 1, day: last.getUTCDate() };
  }
  return addDays(
    { year: target.getUTCFullYear(), month: target.getUTCMonth() + 1, day: target.getUTCDate() },
    -1,
  );
}

function programme(input: Extract<DocumentInput, { kind: 'programme' }>): TemplateData {
  const { settings, pair, timeZone } = input;
  const today = input.today ?? new Date();
  const start = calendarDay(pair.start ?? today, timeZone);
  const end = pair.end ? calendarDay(pair.end, timeZone) : termEnd(start, programmeMonths(settings));
  const content = programmeContent(pair.mentees, start, end);
  const mentees = pair.mentees.map(person);
  return {
    ...common(settings, today),
    приказ: order(pair.order),
    наставник: person(pair.mentor),
    наставляемый: mentees[0] ?? {},
    наставляемые: mentees,
    программа: {
      номер: pair.id,
      форма: pair.form,
      начало: day(start),
      окончание: day(end),
      срок: { kind: 'period', from: day(start), to: day(end) },
      группа: pair.mentees.length > 1,
      цель: content.goal,
      задачи: content.tasks,
      запросы: content.requests,
      главный_запрос: pair.mentees
        .map((m) => m.mainRequest?.trim() ?? '')
        .filter((s) => s)
        .join('; '),
      результаты: content.results,
      мероприятия: content.activities.map((a) => ({
        номер: String(a.number),
        направление: a.direction,
        содержание: a.content,
        срок: periodText(a.start, a.end),
        начало: day(a.start),
        окончание: day(a.end),
        форма: a.form,
        результат: a.result,
        отчётность: a.report,
        отметка: '',
      })),
    },
  };
}

function participants(pairs: readonly DocumentPair[]): TemplateRecord[] {
  const seen = new Set<string>();
  const out: TemplateRecord[] = [];
  const add = (p: DocumentPerson, role: string) => {
    const key = (p.email || p.fullName).toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ ...person(p), роль: role });
  };
  for (const pair of pairs) add(pair.mentor, 'наставник');
  for (const pair of pairs) for (const m of pair.mentees) add(m, 'наставляемый');
  return out;
}

/** The data a template of `input.kind` is rendered from (paths listed by knownPaths(kind)). */
export function templateData(input: DocumentInput): TemplateData {
  const { settings } = input;
  switch (input.kind) {
    case 'orderRegulation':
    case 'regulation':
      return { ...common(settings, input.today ?? new Date()), приказ: order(input.order) };
    case 'roadmap':
      return {
        ...common(settings, input.today ?? new Date()),
        приказ: order(input.order),
        этапы: ROADMAP_STAGES.map((stage, i) => ({
          номер: `${i + 1}.`,
          наименование: stage.title,
          содержание: stage.content,
          ответственный: setting(settings, `roadmap.stage${i + 1}.responsible`),
          срок: setting(settings, `roadmap.stage${i + 1}.deadline`),
        })),
      };
    case 'orderPairs':
      return {
        ...common(settings, input.today ?? input.order?.date ?? new Date()),
        приказ: order(input.order),
        положение: { приказ: order(input.regulationOrder) },
        пары: input.pairs.map(pairRecord),
        участники: participants(input.pairs),
      };
    case 'programme':
      return programme(input);
    case 'consentPersonalData':
      return {
        ...common(settings, input.date),
        работник: person(input.person),
        согласие: {
          дата: input.date,
          срок_лет: setting(settings, 'consent.termYears'),
          обработчик: setting(settings, 'consent.processor'),
          версия: setting(settings, 'consent.version'),
        },
      };
    case 'consentMentor':
      return {
        ...common(settings, input.date),
        наставник: person(input.mentor),
        наставляемые: input.pairs.flatMap((p) => p.mentees.map(person)),
        пары: input.pairs.map(pairRecord),
        согласие: { дата: input.date },
      };
    case 'finalReport':
      return {
        ...common(settings, input.today ?? input.report.date),
        ...finalReportRecord(input.report),
      };
  }
}
