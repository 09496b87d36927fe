import {
  FORMS_PROPERTY,
  MentoringError,
  PAIRS_SHEET,
  PRACTICES_SHEET,
  messages,
  parseStoredForms,
  sheetSpec,
  planPractices,
  underDocumentLock,
} from '../../core';
import type { AddonDeps } from '../composition-root';

/**
 * The form «Лучшая практика» into «Методическая копилка» (issue 6, item 5). Called after a form
 * submission and by the daily maintenance (the lead wires it into onFormSubmitted / dailyMaintenance);
 * a re-run changes nothing. Under the document lock it reads the response sheet and the three sheets it
 * needs once each, appends the new practices in one block and journals them.
 */

/** Document property: keys of responses whose wait for consent (or whose errors) the journal has told. */
export const PRACTICES_REPORTED_PROPERTY = 'nastavnik.practices.reported';

/** As long as the submission pipeline waits: a run that does not get the lock is left to the next one. */
const LOCK_TIMEOUT_MS = 30_000;

function reportedKeys(text: string | null): Set<string> {
  try {
    const parsed: unknown = JSON.parse(text ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}

export interface PracticesRunOutcome {
  status: 'done' | 'busy' | 'noForm';
  added: number;
  waiting: number;
}

/**
 * Adds the new responses of «Лучшая практика» to «Методическая копилка». Throws a MentoringError (for the
 * caller's journal) when the sheet is missing or lacks its key columns: nothing is lost, the responses
 * wait in the response sheet.
 */
export function processBestPracticeResponses(deps: AddonDeps): PracticesRunOutcome {
  const store = deps.properties.document();
  if (!store) throw new MentoringError('NO_DOCUMENT', messages.setup.noDocument);
  const form = parseStoredForms(store.get(FORMS_PROPERTY)).bestPractice;
  if (!form) return { status: 'noForm', added: 0, waiting: 0 };
  const consents = sheetSpec('consents').name;
  const outcome = underDocumentLock(
    deps.locks,
    LOCK_TIMEOUT_MS,
    () => deps.blocks.flush(),
    (): PracticesRunOutcome => {
      const sheets = deps.blocks.read([PRACTICES_SHEET, PAIRS_SHEET, consents]);
      const responses = deps.blocks.readResponses([form])[0] ?? null;
      const before = store.get(PRACTICES_REPORTED_PROPERTY);
      const plan = planPractices({
        responses,
        sheets,
        consentsSheet: consents,
        reported: reportedKeys(before),
      });
      if (!plan.ready)
        throw new MentoringError(
          'PRACTICES_NOT_SET_UP',
          messages.practices.notSetUp(PRACTICES_SHEET),
          `${PRACTICES_SHEET}: ${sheets.has(PRACTICES_SHEET) ? 'key columns missing' : 'sheet missing'}`,
        );
      deps.blocks.write(plan.writes);
      deps.journal.writeAll(plan.journal);
      const after = JSON.stringify(plan.reported);
      if (after !== (before ?? '[]')) store.set(PRACTICES_REPORTED_PROPERTY, after);
      return { status: 'done', added: plan.added, waiting: plan.waiting };
    },
  );
  return outcome ?? { status: 'busy', added: 0, waiting: 0 };
}
