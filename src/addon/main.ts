/**
 * The webpack entry. Apps Script calls only top-level functions of the script; gas-webpack-plugin turns
 * each `global.x = x` below into a real `function x() {}` declaration in dist/Code.js, which this
 * assignment then replaces with the implementation. Every name a menu item, trigger or
 * `google.script.run` uses must be listed here (tests/addon/menus.test.ts checks the menus). A stage's
 * action is wrapped in `thenRefreshRoadmap`, so «Дорожная карта» follows what the action changed.
 */
import { checkTemplate, onInstall, onOpen, setupSystem, showAbout, showFormLinks } from './entry-points';
import { dailyMaintenance, importResponses, onFormSubmitted, withdrawConsent } from './entry-points';

import { chooseMentor, matchPairs, openPairsSidebar } from './entry-points';
import { checkTemplates, continueDocuments, makeLocalActs, makePairDocuments } from './entry-points';
import { markActivity, refreshDocument } from './entry-points';
import { matchingServer } from './matching/entry-points';
import { createInvitations } from './season/events';
import { refreshRoadmap } from './roadmap/entry-points';
import { makeFinalReport } from './season/final-report';
import { refreshMonitoring, remindMonitoring } from './season/monitoring';
import { closePair } from './season/completion';
import { preparePublication } from './publicity/entry-points';

import { thenRefreshRoadmap } from './stage-actions';

declare const global: Record<string, unknown>;

global.onOpen = onOpen;
global.onInstall = onInstall;
global.setupSystem = thenRefreshRoadmap(setupSystem);
global.showAbout = showAbout;
global.checkTemplate = checkTemplate;
global.showFormLinks = showFormLinks;
global.onFormSubmitted = onFormSubmitted;
global.dailyMaintenance = dailyMaintenance;
global.importResponses = thenRefreshRoadmap(importResponses);
global.withdrawConsent = thenRefreshRoadmap(withdrawConsent);
global.matchPairs = thenRefreshRoadmap(matchPairs);
global.openPairsSidebar = openPairsSidebar;
global.chooseMentor = chooseMentor;
global.makeLocalActs = thenRefreshRoadmap(makeLocalActs);
global.makePairDocuments = thenRefreshRoadmap(makePairDocuments);
global.continueDocuments = thenRefreshRoadmap(continueDocuments);
global.checkTemplates = checkTemplates;
global.refreshDocument = refreshDocument;
global.markActivity = markActivity;
global.createInvitations = thenRefreshRoadmap(createInvitations);
global.refreshRoadmap = refreshRoadmap;
global.makeFinalReport = thenRefreshRoadmap(makeFinalReport);
global.refreshMonitoring = thenRefreshRoadmap(refreshMonitoring);
global.remindMonitoring = thenRefreshRoadmap(remindMonitoring);
global.closePair = thenRefreshRoadmap(closePair);
global.preparePublication = thenRefreshRoadmap(preparePublication);
// The «Подбор пар» sidebar's server functions (google.script.run), one per key of MatchingServer.
global.matchingSidebarData = matchingServer.matchingSidebarData;
global.runMatching = matchingServer.runMatching;
global.acceptProposal = matchingServer.acceptProposal;
global.rejectProposal = matchingServer.rejectProposal;
global.pinProposal = matchingServer.pinProposal;
global.forbidPair = matchingServer.forbidPair;
global.swapMentor = matchingServer.swapMentor;
global.rankMentors = matchingServer.rankMentors;
