import { GenerationRun } from '../src/addon/documents/context';
import type { TemplateKey } from '../src/core';
import { approvedCollege } from '../tests/addon/documents-fixture';
import type { College } from '../tests/addon/pipeline-fixture';

/**
 * Issue 5, item 11: what the documents cost in Apps Script — service calls and predicted time per
 * document (the order on pairs, one programme, one mentor's consent) and for a batch of 150 programmes,
 * summed over every execution the resumable job (item 7) needs. The college is built with the test
 * fixtures (forms, import, the «Подбор пар» sidebar), which drive the same add-on code as the bundle.
 */

interface DocumentCost {
  kind: TemplateKey;
  calls: number;
  docsCalls: number;
  predictedMs: number;
}

export interface BatchFigures {
  pairs: number;
  documents: number;
  executions: number;
  calls: number;
  docsCalls: number;
  predictedMs: number;
  /** The first document of each kind: the order's size depends on the pairs it lists. */
  perDocument: DocumentCost[];
  hoursUntilDone: number;
}

const HOUR = 60 * 60 * 1000;

/** «Сформировать документы по парам» on `pairs` approved pairs (two per mentor), followed to the end. */
export function measureBatch(pairs: number): BatchFigures {
  const college: College = approvedCollege(pairs, Math.ceil(pairs / 2));
  college.person.clickMenu('Настроить систему');
  const kernel = college.workspace.kernel;
  const perDocument: DocumentCost[] = [];
  const make = GenerationRun.prototype.make;
  GenerationRun.prototype.make = function (this: GenerationRun, request) {
    const before = { calls: kernel.calls.total, docs: kernel.calls.countPrefix('DocumentApp.') };
    const ms = kernel.calls.predictedTimeMs;
    const made = make.call(this, request);
    if (!perDocument.some((d) => d.kind === request.kind))
      perDocument.push({
        kind: request.kind,
        calls: kernel.calls.total - before.calls,
        docsCalls: kernel.calls.countPrefix('DocumentApp.') - before.docs,
        predictedMs: kernel.calls.predictedTimeMs - ms,
      });
    return made;
  };
  try {
    const before = {
      calls: kernel.calls.total,
      docs: kernel.calls.countPrefix('DocumentApp.'),
      ms: kernel.calls.predictedTimeMs,
      executions: kernel.executions.length,
      at: kernel.clock.now(),
    };
    college.person.clickMenu('Сформировать документы по парам');
    const pending = () => college.workspace.triggers.all().filter((t) => t.handler === 'continueDocuments');
    while (pending().length > 0 && kernel.clock.now() - before.at < 48 * HOUR)
      college.workspace.triggers.fireDueTimeTriggers(new Date(pending()[0]!.nextDueAt!));
    const runs = kernel.executions
      .slice(before.executions)
      .filter((e) => e.functionName === 'makePairDocuments' || e.functionName === 'continueDocuments');
    return {
      pairs,
      documents: college.journal().filter((r) => r['Код'] === 'DOCUMENT_MADE').length,
      executions: runs.length,
      calls: kernel.calls.total - before.calls,
      docsCalls: kernel.calls.countPrefix('DocumentApp.') - before.docs,
      predictedMs: kernel.calls.predictedTimeMs - before.ms,
      perDocument,
      hoursUntilDone: (kernel.clock.now() - before.at) / HOUR,
    };
  } finally {
    GenerationRun.prototype.make = make;
  }
}

export function formatDocumentsTable(figures: BatchFigures[]): string {
  const lines = [
    '| documents | service calls | DocumentApp calls | predicted Apps Script time |',
    '|---|---|---|---|',
  ];
  const batch = figures[figures.length - 1]!;
  for (const d of batch.perDocument)
    lines.push(
      `| one ${d.kind}${d.kind === 'orderPairs' ? ` (${batch.pairs} pairs)` : ''} | ${d.calls} | ${d.docsCalls} | ${(d.predictedMs / 1000).toFixed(2)} s |`,
    );
  for (const f of figures)
    lines.push(
      `| batch: ${f.pairs} programmes, ${f.documents} documents, ${f.executions} executions, done after ${f.hoursUntilDone.toFixed(1)} h | ${f.calls} | ${f.docsCalls} | ${(f.predictedMs / 1000).toFixed(1)} s |`,
    );
  return lines.join('\n');
}

if (require.main === module) console.log(formatDocumentsTable([measureBatch(10), measureBatch(150)]));
