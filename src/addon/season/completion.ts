import {
  CLOSING_SHEETS,
  MentoringError,
  PAIRS_SHEET,
  closableAt,
  dayNumeric,
  messages,
  planClosing,
  underDocumentLock,
} from '../../core';
import type { CalendarDay, ClosablePair, Closing } from '../../core';
import {
  answerDay,
  checkNotBeforeStart,
  checkTermination,
  dayOfDate,
  termText,
  terminationWindow,
} from '../../core/season/completion/close';
import { appsScriptDeps, type AddonDeps } from '../composition-root';
import { runAction } from '../edge';

/**
 * «Завершить пару или группу…» (issue 6, item 4) on the row selected in «Пары и группы». The dialog reads
 * the pairs sheet once without the lock (a person may take a minute to answer, and a form submission
 * must not wait for them); the answers are checked as they come, and a cancel or a refused answer ends
 * it with nothing written. Then, under the document lock, the four sheets the closing needs are read
 * once each, the pair is found again by its number and written with one row patch.
 */

/** As long as a form submission takes; short of the 30 s a menu action may take (§7.7). */
const LOCK_TIMEOUT_MS = 10_000;

export function closePair(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => closeSelectedPair(deps));
}

function closeSelectedPair(deps: AddonDeps): void {
  const M = messages.completion;
  const title = M.title;
  const cell = deps.matching.currentCell();
  if (!cell || cell.sheet !== PAIRS_SHEET || cell.row < 2) {
    deps.ui.alert(title, M.notOnPairs(PAIRS_SHEET));
    return;
  }
  const values = deps.blocks.read([PAIRS_SHEET]).get(PAIRS_SHEET);
  if (!values) {
    deps.ui.alert(title, M.notOnPairs(PAIRS_SHEET));
    return;
  }
  const found = closableAt(values, cell.row);
  if (!found.ok) {
    deps.ui.alert(title, found.message);
    return;
  }
  const pair = found.pair;
  const today = dayOfDate(deps.clock.now());
  const closing = askClosing(deps, pair, today);
  if (!closing) return;

  const outcome = underDocumentLock(
    deps.locks,
    LOCK_TIMEOUT_MS,
    () => deps.blocks.flush(),
    () => {
      const plan = planClosing(deps.blocks.read(CLOSING_SHEETS()), pair, closing, today);
      deps.blocks.write(plan.writes);
      deps.journal.writeAll(plan.journal);
      return plan.summary;
    },
  );
  if (outcome === null)
    throw new MentoringError('CLOSE_LOCK_BUSY', M.lockBusy, `waited ${LOCK_TIMEOUT_MS} ms`);
  deps.ui.alert(title, outcome);
}

/** The dialog: null when the person cancels or an answer is refused (the refusal is shown). */
function askClosing(deps: AddonDeps, pair: ClosablePair, today: CalendarDay): Closing | null {
  const M = messages.completion;
  const title = M.title;
  const refuse = (message: string): null => {
    deps.ui.alert(title, message);
    return null;
  };
  type DayAnswer = { cancelled: true } | { day: CalendarDay } | { bad: string };
  const askDay = (question: string, fallback: CalendarDay): DayAnswer => {
    const answer = deps.ui.prompt(title, question);
    if (answer === null) return { cancelled: true };
    const day = answerDay(answer, fallback);
    return day ? { day } : { bad: answer.trim() };
  };

  // «Да» completes it as planned; «Нет» (or closing the question) goes on to the early termination,
  // whose every question can still be cancelled.
  if (deps.ui.confirm(title, M.askCompleted(pair.label, pair.people, termText(pair)))) {
    const closed = askDay(M.askClosedAt(dayNumeric(today)), today);
    if ('cancelled' in closed) return null;
    if ('bad' in closed) return refuse(M.badDate(closed.bad));
    const early = checkNotBeforeStart(pair, closed.day);
    if (early) return refuse(early);
    return { kind: 'finished', closedAt: closed.day };
  }

  const reason = deps.ui.prompt(title, M.askReason);
  if (reason === null) return null;
  if (reason.trim() === '') return refuse(M.reasonRequired);
  const notice = askDay(M.askNotice(dayNumeric(today)), today);
  if ('cancelled' in notice) return null;
  if ('bad' in notice) return refuse(M.badDate(notice.bad));
  const { earliest, note } = terminationWindow(notice.day);
  const closed = askDay(M.askTerminationDate(dayNumeric(notice.day), dayNumeric(earliest), note), earliest);
  if ('cancelled' in closed) return null;
  if ('bad' in closed) return refuse(M.badDate(closed.bad));
  const refusal = checkTermination(notice.day, closed.day) ?? checkNotBeforeStart(pair, closed.day);
  if (refusal) return refuse(refusal);
  return { kind: 'terminated', noticeAt: notice.day, closedAt: closed.day, reason: reason.trim() };
}
