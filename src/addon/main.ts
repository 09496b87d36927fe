/**
 * The webpack entry. Apps Script calls only top-level functions of the script; gas-webpack-plugin turns
 * each `global.x = x` below into a real `function x() {}` declaration in dist/Code.js, which this
 * assignment then replaces with the implementation. Every name a menu item, trigger or
 * `google.script.run` uses must be listed here (tests/addon/menus.test.ts checks the menus).
 */
import { checkTemplate, onInstall, onOpen, setupSystem, showAbout, showFormLinks } from './entry-points';
import { dailyMaintenance, importResponses, onFormSubmitted, withdrawConsent } from './entry-points';

import { chooseMentor, matchPairs, openPairsSidebar } from './entry-points';
import { checkTemplates, continueDocuments, makeLocalActs, makePairDocuments } from './entry-points';
import { markActivity, refreshDocument } from './entry-points';
import { matchingServer } from './matching/entry-points';

declare const global: Record<string, unknown>;

global.onOpen = onOpen;
global.onInstall = onInstall;
global.setupSystem = setupSystem;
global.showAbout = showAbout;
global.checkTemplate = checkTemplate;
global.showFormLinks = showFormLinks;
global.onFormSubmitted = onFormSubmitted;
global.dailyMaintenance = dailyMaintenance;
global.importResponses = importResponses;
global.withdrawConsent = withdrawConsent;
global.matchPairs = matchPairs;
global.openPairsSidebar = openPairsSidebar;
global.chooseMentor = chooseMentor;
global.makeLocalActs = makeLocalActs;
global.makePairDocuments = makePairDocuments;
global.continueDocuments = continueDocuments;
global.checkTemplates = checkTemplates;
global.refreshDocument = refreshDocument;
global.markActivity = markActivity;
// The «Подбор пар» sidebar's server functions (google.script.run), one per key of MatchingServer.
global.matchingSidebarData = matchingServer.matchingSidebarData;
global.runMatching = matchingServer.runMatching;
global.acceptProposal = matchingServer.acceptProposal;
global.rejectProposal = matchingServer.rejectProposal;
global.pinProposal = matchingServer.pinProposal;
global.forbidPair = matchingServer.forbidPair;
global.swapMentor = matchingServer.swapMentor;
global.rankMentors = matchingServer.rankMentors;
