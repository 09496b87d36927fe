import { messages } from '../core';
import type { Host, MenuSpec } from '../ports';
import type { DocsMenuKind } from './documents/docs-menu';

/**
 * The menus, by host. Function names are the global names main.ts exports: Apps Script finds a menu
 * item's handler by that name, so a typo here is caught by tests/addon/menus.test.ts.
 */
export function menuFor(host: Host, docsKind: DocsMenuKind | null = null): MenuSpec {
  if (host === 'Docs') {
    // Issue 5, item 8: a generated document can be refreshed from the spreadsheet, a programme's plan
    // marked done; a template is only checked. Unknown (before authorization): every item.
    const generated = docsKind !== 'template' && docsKind !== 'other';
    const programme = docsKind === null || docsKind === 'programme';
    return {
      title: messages.productName,
      entries: [
        ...(generated ? [{ label: messages.docsMenu.menu.refresh, functionName: 'refreshDocument' }] : []),
        ...(programme ? [{ label: messages.docsMenu.menu.markDone, functionName: 'markActivity' }] : []),
        { label: messages.menu.checkTemplate, functionName: 'checkTemplate' },
        'separator',
        { label: messages.menu.about, functionName: 'showAbout' },
      ],
    };
  }
  return {
    title: messages.productName,
    entries: [
      { label: messages.menu.setUpSystem, functionName: 'setupSystem' },
      { label: messages.menu.formLinks, functionName: 'showFormLinks' },
      { label: messages.menu.importResponses, functionName: 'importResponses' },
      { label: messages.menu.withdrawConsent, functionName: 'withdrawConsent' },
      'separator',
      { label: messages.pairs.menu.runMatching, functionName: 'matchPairs' },
      { label: messages.pairs.menu.sidebar, functionName: 'openPairsSidebar' },
      { label: messages.pairs.menu.chooseMentor, functionName: 'chooseMentor' },
      'separator',
      { label: messages.generation.menu.localActs, functionName: 'makeLocalActs' },
      { label: messages.generation.menu.pairDocuments, functionName: 'makePairDocuments' },
      { label: messages.generation.menu.checkTemplates, functionName: 'checkTemplates' },
      'separator',
      // Stages 4.2 and 6 (issue 6): events, monitoring, completion, the final report.
      { label: messages.events.menu.createInvitations, functionName: 'createInvitations' },
      { label: messages.monitoring.menu.refresh, functionName: 'refreshMonitoring' },
      { label: messages.monitoring.menu.remind, functionName: 'remindMonitoring' },
      { label: messages.completion.menu.closePair, functionName: 'closePair' },
      { label: messages.finalReport.menu.make, functionName: 'makeFinalReport' },
      'separator',
      // Stage 7 and oversight (issue 7): publications, the road-map dashboard.
      { label: messages.publicity.menu.prepare, functionName: 'preparePublication' },
      { label: messages.roadmap.menu.refresh, functionName: 'refreshRoadmap' },
      'separator',
      { label: messages.menu.about, functionName: 'showAbout' },
    ],
  };
}
