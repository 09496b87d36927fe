import type { RenderPlan } from '../../documents/types';

/**
 * How many repeated table rows one run can write into the report within Apps Script's 6 minutes. A
 * repeated row costs about 57 Docs calls (each cell found and rewritten; `npm run bench`, «Сформировать
 * итоговый отчёт»: 200 pairs 138 s predicted, 600 pairs over the limit). 450 rows leave a margin for the
 * rest of the report and for the refresh of «Дорожная карта» that follows.
 */
export const FINAL_REPORT_MAX_ROWS = 450;

/** The rows the template's repeated rows will become (pairs, events, practices — whichever it has). */
export const repeatedRows = (plan: RenderPlan): number => plan.rows.reduce((n, r) => n + r.items.length, 0);

/**
 * Whether the report is too large for one execution: checked on the render plan, before anything on
 * Drive is made, so a run never dies half-way leaving a half-written Doc behind. A template whose pair
 * table staff removed is measured without it.
 */
export const finalReportTooLarge = (plan: RenderPlan): boolean => repeatedRows(plan) > FINAL_REPORT_MAX_ROWS;
