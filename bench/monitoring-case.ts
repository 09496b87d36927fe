/**
 * The pure `summariseMonitoring` on a large season, in its own Node process so its peak memory is its
 * own (season.bench.ts runs it): `tsx bench/monitoring-case.ts <pairs> <answers> <runs>`. Prints JSON.
 * The sheets are built as one getValues would hand them over: «Пары и группы» (one-to-one pairs ending
 * within the monitoring window), «Согласия» (everyone consented) and the response sheet (the mentor and
 * the mentee of each pair answer at the start and at the end, until `answers` are given).
 */
import { CONSENT_COLUMNS, CONSENT_PURPOSES } from '../src/core/consent/registry';
import { PAIRS_COLUMNS } from '../src/core/pairs/columns';
import { summariseMonitoring } from '../src/core/season/monitoring';
import type { CellValue } from '../src/ports';
import { seasonAnswers } from './season.bench';
import { responsesSheet } from '../tests/core/season/monitoring-fixture';

const day = (d: number, m: number, y: number): Date => new Date(Date.UTC(y, m - 1, d, -3));

function sheets(pairs: number, answers: number) {
  const P = PAIRS_COLUMNS;
  const pairHeaders = Object.values(P);
  const pairRow = (i: number): CellValue[] => {
    const by: Record<string, CellValue> = {
      [P.id]: String(i + 1),
      [P.mentorEmail]: `mentor${i}@college.example`,
      [P.mentorName]: 'Петров Иван Сергеевич',
      [P.menteeEmails]: `mentee${i}@college.example`,
      [P.menteeNames]: 'Иванова Мария Петровна',
      [P.start]: day(1, 10, 2025),
      [P.end]: day(20, 9, 2026),
      [P.status]: 'действует',
    };
    return pairHeaders.map((h) => by[h] ?? '');
  };
  const C = CONSENT_COLUMNS;
  const consentHeaders = Object.values(C);
  const consentRow = (email: string): CellValue[] =>
    consentHeaders.map((h) =>
      h === C.email
        ? email
        : h === C.purpose
          ? CONSENT_PURPOSES.processing
          : h === C.status
            ? 'дано'
            : h === C.decidedAt
              ? day(1, 9, 2025)
              : '',
    );
  return {
    pairs: [pairHeaders as CellValue[], ...Array.from({ length: pairs }, (_, i) => pairRow(i))],
    consents: [
      consentHeaders as CellValue[],
      ...Array.from({ length: pairs }, (_, i) => [
        consentRow(`mentor${i}@college.example`),
        consentRow(`mentee${i}@college.example`),
      ]).flat(),
    ],
    responses: responsesSheet(seasonAnswers(Math.ceil(answers / 4)).slice(0, answers)),
  };
}

function main(): void {
  const [pairsText, answersText, runsText] = process.argv.slice(2);
  const pairs = Number(pairsText);
  const answers = Number(answersText);
  const runs = Number(runsText ?? 1);
  const gc = (globalThis as { gc?: () => void }).gc;
  const input = sheets(pairs, answers);
  gc?.();
  const rssBefore = process.memoryUsage().rss;
  const times: number[] = [];
  let detail = '';
  for (let k = 0; k < runs; k += 1) {
    gc?.();
    const started = process.hrtime.bigint();
    const summary = summariseMonitoring({
      ...input,
      now: new Date('2026-09-01T06:00:00Z'),
      endWindowDays: 30,
      responseSheet: 'Ответы: мониторинг',
    });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (summary.counted.length !== answers || summary.ignored.length !== 0)
      throw new Error(
        `Expected ${answers} counted answers, got ${summary.counted.length} (${summary.ignored.length} ignored)`,
      );
    detail = `${summary.counted.length} counted, ${summary.ignored.length} ignored`;
  }
  times.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      runs,
      medianMs: times[Math.floor(times.length / 2)],
      rssBeforeMb: rssBefore / 2 ** 20,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      detail,
    }),
  );
}

if (require.main === module) main();
