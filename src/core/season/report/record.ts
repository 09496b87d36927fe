import { nameValue } from '../../documents/names';
import type { PeriodValue, TemplateRecord, TemplateValue } from '../../documents/types';
import { messages } from '../../messages';
import type { FinalReport, ReportIndicator, ReportPair } from './build';
import { decimal, percent, roundTo, signedDecimal, signedInteger } from './numbers';

/**
 * The final report's figures as the template prints them (paths in documents/paths.ts, `finalReport`).
 * Means print with one decimal and a decimal comma («7,3»); a change is the difference of the printed
 * means, so «начало + изменение = завершение» holds in the table as the reader sees it («+1,4»); shares
 * print as whole percent, their change in percentage points («+25 п. п.»). A phase nobody answered
 * prints «—».
 */

const M = () => messages.finalReport;

const rounded = (x: number): number => roundTo(x, 1);

function scaleRow(s: ReportIndicator): TemplateRecord {
  const change = s.start !== null && s.end !== null ? signedDecimal(rounded(s.end) - rounded(s.start)) : null;
  return {
    название: s.label,
    начало: s.start === null ? M().noFigure : decimal(s.start),
    завершение: s.end === null ? M().noFigure : decimal(s.end),
    изменение: change ?? M().noFigure,
  };
}

const wholePercent = (share: number): number => roundTo(share * 100, 0);

function shareRow(s: ReportIndicator): TemplateRecord {
  const change =
    s.start !== null && s.end !== null
      ? M().points(signedInteger(wholePercent(s.end) - wholePercent(s.start)))
      : null;
  return {
    название: s.label,
    начало: s.start === null ? M().noFigure : percent(s.start),
    завершение: s.end === null ? M().noFigure : percent(s.end),
    изменение: change ?? M().noFigure,
  };
}

function term(p: ReportPair): TemplateValue {
  if (p.start && p.end) return { kind: 'period', from: p.start, to: p.end } satisfies PeriodValue;
  return p.start ?? '';
}

function pairRecord(p: ReportPair, index: number): TemplateRecord {
  return {
    номер: p.id || String(index + 1),
    наставник: { фио: nameValue(p.mentorName), эл_почта: p.mentorEmail },
    наставляемые: p.menteeNames.map((n) => nameValue(n)),
    форма: p.form,
    начало: p.start,
    окончание: p.end,
    срок: term(p),
    группа: p.group,
    статус: p.status,
    дата_завершения: p.closedAt,
    причина: p.reason,
    выполнено: p.activitiesDone,
  };
}

/** The share at the end of the programmes; '' before anyone answered the end questionnaire. */
const endShare = (report: FinalReport, key: string): string => {
  const value = report.monitoring.shares.find((x) => x.key === key)?.end ?? null;
  return value === null ? '' : percent(value);
};

const rate = (r: { rate: number | null }): string => (r.rate === null ? M().noFigure : percent(r.rate));

/** The report's own paths (the organisation, director, curator and today are added by templateData). */
export function finalReportRecord(report: FinalReport): TemplateRecord {
  const m = report.monitoring;
  return {
    отчёт: {
      учебный_год: report.year.label,
      дата: report.date,
      выводы: report.conclusions,
    },
    пары: report.pairs.map(pairRecord),
    итоги: {
      пар: report.totals.pairs,
      групп: report.totals.groups,
      наставников: report.totals.mentors,
      наставляемых: report.totals.mentees,
      завершено: report.totals.finished,
      расторгнуто: report.totals.terminated,
      действует: report.totals.running,
      установочных_сессий: report.setupSessions,
      обучено_наставников: report.trainedMentors,
      лучших_практик: report.bestPractices,
    },
    мониторинг: {
      есть: m.answers.start + m.answers.end > 0,
      показатели: m.scales.map(scaleRow),
      доли: m.shares.map(shareRow),
      участников_в_начале: m.rates.start.expected,
      участников_при_завершении: m.rates.end.expected,
      ответили_в_начале: m.rates.start.answered,
      ответили_при_завершении: m.rates.end.answered,
      отклик_в_начале: rate(m.rates.start),
      отклик_при_завершении: rate(m.rates.end),
      хотят_продолжить: endShare(report, 'continueProgramme'),
      хотят_стать_наставниками: endShare(report, 'becomeMentor'),
    },
    мероприятия: report.events.map((e, i) => ({
      номер: e.id || String(i + 1),
      дата: e.date,
      вид: e.kind,
      название: e.title,
      приглашено: e.invited,
      присутствовало: e.attended,
    })),
    практики: report.practices.map((p, i) => ({
      номер: p.id || String(i + 1),
      название: p.title,
      авторы: p.authors,
      вид: p.kind,
      статус: p.status,
      лучшая: p.best,
      ссылка: p.link,
      дата: p.date,
    })),
  };
}
