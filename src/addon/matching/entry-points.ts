import {
  MATCHING_SHEETS,
  MENTORING_FORMS,
  TRAINING_SHEETS,
  MentoringError,
  acceptProposal as planAccept,
  forbidPair as planForbid,
  isMentoringError,
  matchingContext,
  messages,
  needsTrainingSheets,
  normalizeEmail,
  pinProposal as planPin,
  planRun,
  rankingFor,
  rejectProposal as planReject,
  sheetSpec,
  sidebarData,
  swapMentor as planSwap,
  tableOf,
  underDocumentLock,
} from '../../core';
import type {
  ActionOutcome,
  MatchingContext,
  MatchingServer,
  MentorRanking,
  ProposalLookup,
  ProposalRef,
  SheetEdits,
  SidebarData,
} from '../../core';
import { appsScriptDeps, type AddonDeps } from '../composition-root';
import { journalFailure, runAction } from '../edge';

/**
 * Stage 5's entry points: three menu items and the server functions of the «Подбор пар» sidebar. Each
 * reads the stage's sheets once (one getValues each), lets the core decide, and writes the result in
 * blocks, so the number of Spreadsheet calls does not depend on how many people the banks hold.
 */

/** Long enough for a form submission being processed to finish; short of the 30 s a UI call may take (§7.7). */
const LOCK_TIMEOUT_MS = 10_000;

const now = (deps: AddonDeps): Date => deps.clock.now();

function readContext(deps: AddonDeps): MatchingContext {
  const sheets = deps.blocks.read(MATCHING_SHEETS());
  // «Мероприятия» and «Посещаемость» only when only trained mentors may be matched (issue 6, item 1).
  if (needsTrainingSheets(sheets))
    for (const [name, values] of deps.blocks.read(TRAINING_SHEETS())) sheets.set(name, values);
  const result = matchingContext(sheets);
  if (!result.ok)
    throw new MentoringError(
      'MATCHING_SETTINGS_INVALID',
      messages.pairs.run.invalidSettings(result.errors),
      result.errors.join('\n'),
    );
  return result.context;
}

function apply(deps: AddonDeps, edits: SheetEdits): void {
  deps.blocks.write(edits.writes);
  deps.matching.deleteRows(edits.deletions);
  deps.journal.writeAll(edits.journal);
}

/** Runs `body` under the document lock and makes its writes land before the lock goes (§5.5). */
function locked<T>(deps: AddonDeps, body: () => T): T {
  const result = underDocumentLock(
    deps.locks,
    LOCK_TIMEOUT_MS,
    () => deps.blocks.flush(),
    () => ({ value: body() }),
  );
  if (!result)
    throw new MentoringError(
      'MATCHING_LOCK_BUSY',
      messages.pairs.run.lockBusy,
      `waited ${LOCK_TIMEOUT_MS} ms`,
    );
  return result.value;
}

/** The matching run itself, shared by the menu item and the sidebar's «Подобрать заново». */
function runMatchingNow(deps: AddonDeps): string {
  return locked(deps, () => {
    const outcome = planRun(readContext(deps), now(deps));
    apply(deps, outcome.edits);
    return outcome.summary;
  });
}

/** Invalid settings are journaled as a warning with the cells named; nothing else was read or written. */
function journalSettings(deps: AddonDeps, error: unknown): void {
  if (isMentoringError(error) && error.code === 'MATCHING_SETTINGS_INVALID')
    deps.journal.write({
      level: 'WARNING',
      code: error.code,
      message: messages.pairs.run.invalidSettingsJournal,
      details: error.details,
    });
}

// ── Menu items ──

/** «Подобрать пары»: runs matching, then opens the sidebar on the proposals. */
export function matchPairs(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => {
    let summary: string;
    try {
      summary = runMatchingNow(deps);
    } catch (error) {
      journalSettings(deps, error);
      throw error;
    }
    deps.ui.toast(messages.pairs.run.title, summary);
    deps.matching.showPairsSidebar(null);
  });
}

/** «Подбор пар»: the sidebar, as the last run left the sheets. */
export function openPairsSidebar(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => deps.matching.showPairsSidebar(null));
}

/** «Подобрать наставника…»: the ranking of mentors for the mentee in the selected row of the bank. */
export function chooseMentor(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => {
    const bank = sheetSpec('mentees').name;
    const cell = deps.matching.currentCell();
    let email = '';
    if (cell && cell.sheet === bank && cell.row >= 2) {
      const table = tableOf(bank, deps.blocks.read([bank]).get(bank));
      const at = table.index.get('эл. почта');
      email = at === undefined ? '' : normalizeEmail(String(table.rows[cell.row - 2]?.[at] ?? ''));
    }
    if (!email) {
      deps.ui.alert(messages.pairs.choose.title, messages.pairs.choose.notOnMentee(bank));
      return;
    }
    deps.matching.showPairsSidebar(email);
  });
}

// ── Server functions of the sidebar (google.script.run) ──

/**
 * A sidebar call at the edge: a failure is journaled with its details and reaches the sidebar's failure
 * handler as the Russian message alone (`error.message`, §9.2), never as a stack or an English text.
 */
function serverCall<T>(deps: AddonDeps, body: () => T): T {
  try {
    return body();
  } catch (error) {
    journalSettings(deps, error);
    // Invalid settings were journaled as a warning just above; anything else as an error.
    const failure =
      isMentoringError(error) && error.code === 'MATCHING_SETTINGS_INVALID'
        ? error
        : journalFailure(deps, error, messages.pairs.actions.failed);
    // Only the Russian text crosses to the sidebar (§9.2); the cause went to the journal and the log above.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(failure.userMessage);
  }
}

/** The form a mentee moved out of a group gets: the first form in «Настройки» (традиционная). */
const defaultForm = (context: MatchingContext): string =>
  (context.rawSettings['mentoring.forms'] ?? '')
    .split(';')
    .map((s) => s.trim())
    .find(Boolean) ?? MENTORING_FORMS[0]!;

/** A curator's action: planned from a fresh read under the lock, applied, then the sidebar's new data. */
function act(deps: AddonDeps, plan: (context: MatchingContext) => ActionOutcome): SidebarData {
  return serverCall(deps, () => {
    const notice = locked(deps, () => {
      const outcome = plan(readContext(deps));
      apply(deps, outcome.edits);
      return outcome.notice;
    });
    return sidebarData(readContext(deps), now(deps), { notice });
  });
}

export function matchingSidebarData(
  focusEmail?: string | null,
  deps: AddonDeps = appsScriptDeps(),
): SidebarData {
  return serverCall(deps, () =>
    sidebarData(readContext(deps), now(deps), { focus: focusEmail ? normalizeEmail(focusEmail) : null }),
  );
}

export function runMatching(_unused?: unknown, deps: AddonDeps = appsScriptDeps()): SidebarData {
  return serverCall(deps, () => {
    const notice = runMatchingNow(deps);
    return sidebarData(readContext(deps), now(deps), { notice });
  });
}

export function acceptProposal(
  ref: ProposalRef | ProposalLookup,
  deps: AddonDeps = appsScriptDeps(),
): SidebarData {
  return act(deps, (context) => planAccept(context, ref, now(deps)));
}

export function rejectProposal(
  ref: ProposalRef | ProposalLookup,
  deps: AddonDeps = appsScriptDeps(),
): SidebarData {
  return act(deps, (context) => planReject(context, ref, now(deps)));
}

export function pinProposal(
  ref: ProposalRef | ProposalLookup,
  pinned: boolean,
  deps: AddonDeps = appsScriptDeps(),
): SidebarData {
  return act(deps, (context) => planPin(context, ref, pinned !== false));
}

export function forbidPair(
  ref: ProposalRef | ProposalLookup,
  menteeEmail: string,
  deps: AddonDeps = appsScriptDeps(),
): SidebarData {
  return act(deps, (context) => planForbid(context, ref, menteeEmail, now(deps), defaultForm(context)));
}

export function swapMentor(
  ref: ProposalRef | ProposalLookup,
  menteeEmail: string,
  mentorEmail: string,
  deps: AddonDeps = appsScriptDeps(),
): SidebarData {
  return act(deps, (context) => planSwap(context, ref, menteeEmail, mentorEmail, defaultForm(context)));
}

export function rankMentors(menteeEmail: string, deps: AddonDeps = appsScriptDeps()): MentorRanking {
  return serverCall(deps, () => rankingFor(readContext(deps), menteeEmail));
}

/** The sidebar's server functions: checked against the contract the browser code is typed by. */
export const matchingServer = {
  matchingSidebarData,
  runMatching,
  acceptProposal,
  rejectProposal,
  pinProposal,
  forbidPair,
  swapMentor,
  rankMentors,
} satisfies {
  [K in keyof MatchingServer]: (...args: Parameters<MatchingServer[K]>) => ReturnType<MatchingServer[K]>;
};
