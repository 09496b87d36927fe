import { MentoringError, messages, underDocumentLock } from '../../core';
import { appsScriptDeps, type AddonDeps } from '../composition-root';
import { reportTriggerFailure, runAction } from '../edge';
import { postponeContinuation, runPairDocuments } from './batch';
import { checkAllTemplates, checkOpenDocument } from './check';
import { GenerationRun } from './context';
import { generateLocalActs } from './generate';

/**
 * Stage 1 and 5.2's menu items. A generation run holds the document lock for its whole length: order
 * numbers are allocated from «Реестр приказов» as read under it, and the links it writes back must not
 * race a matching run rewriting «Пары и группы».
 */

/** Long enough for a form submission to finish; short of the 30 s a UI call may take (§7.7). */
const LOCK_TIMEOUT_MS = 10_000;

function generate(deps: AddonDeps, title: string, body: (run: GenerationRun) => string): void {
  const summary = underDocumentLock(
    deps.locks,
    LOCK_TIMEOUT_MS,
    () => deps.blocks.flush(),
    () => body(GenerationRun.open(deps)),
  );
  if (summary === null)
    throw new MentoringError(
      'DOCUMENTS_LOCK_BUSY',
      messages.generation.lockBusy,
      `waited ${LOCK_TIMEOUT_MS} ms`,
    );
  deps.ui.alert(title, summary);
}

/** «Сформировать локальные акты». */
export function makeLocalActs(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => generate(deps, messages.generation.titles.localActs, generateLocalActs));
}

/**
 * «Сформировать документы по парам»: starts the resumable batch (item 7), or continues the one in
 * progress. What does not fit in this execution is made by `continueDocuments` later.
 */
export function makePairDocuments(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => {
    const started = deps.clock.now().getTime();
    const outcome = underDocumentLock(
      deps.locks,
      LOCK_TIMEOUT_MS,
      () => deps.blocks.flush(),
      () => runPairDocuments(deps, started, 'menu'),
    );
    if (outcome === null)
      throw new MentoringError(
        'DOCUMENTS_LOCK_BUSY',
        messages.generation.lockBusy,
        `waited ${LOCK_TIMEOUT_MS} ms`,
      );
    deps.ui.alert(messages.generation.titles.pairDocuments, outcome.text);
  });
}

/**
 * `continueDocuments` (a one-off time-driven trigger the batch installs): continues the batch under the
 * document lock; nobody is at the screen, so the journal is its report (§7.5).
 */
export function continueDocuments(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  try {
    const started = deps.clock.now().getTime();
    const outcome = underDocumentLock(
      deps.locks,
      LOCK_TIMEOUT_MS,
      () => deps.blocks.flush(),
      () => runPairDocuments(deps, started, 'trigger'),
    );
    if (outcome === null) postponeContinuation(deps);
  } catch (error) {
    reportTriggerFailure(deps, error, messages.generation.batch.journalFailed);
  }
}

/** «Проверить шаблоны» (Sheets): every template on Drive. */
export function checkTemplates(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => deps.ui.alert(messages.generation.titles.checkTemplates, checkAllTemplates(deps)));
}

/** «Проверить шаблон» (Docs): the open document. */
export function checkTemplate(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => deps.ui.alert(messages.generation.titles.checkTemplate, checkOpenDocument(deps)));
}
