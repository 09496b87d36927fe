import { messages } from '../core';
import type { Host, MenuSpec } from '../ports';

/**
 * The menus, by host. Function names are the global names main.ts exports: Apps Script finds a menu
 * item's handler by that name, so a typo here is caught by tests/addon/menus.test.ts.
 */
export function menuFor(host: Host): MenuSpec {
  if (host === 'Docs') {
    return {
      title: messages.productName,
      entries: [
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
      { label: messages.menu.about, functionName: 'showAbout' },
    ],
  };
}
