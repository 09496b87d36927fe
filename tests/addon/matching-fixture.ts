import {
  acceptProposal,
  chooseMentor,
  forbidPair,
  matchPairs,
  matchingSidebarData,
  openPairsSidebar,
  pinProposal,
  rankMentors,
  rejectProposal,
  runMatching,
  swapMentor,
} from '../../src/addon/entry-points';
import { DEFAULT_COMPETENCES } from '../../src/core/schema/competences';
import type { CellValue } from '../../src/ports';
import type { RespondentAnswers } from '../../src/offline/forms';
import fs from 'fs';
import path from 'path';
import { depsOf, uiFiles } from './fixture';
import { College, addonFunctions, consentAnswers, menteeAnswers, mentorAnswers } from './pipeline-fixture';

export const PAIRS = 'Пары и группы';
export const FORBIDDEN = 'Запреты пар';
export const WAITING = 'Поиск наставника продолжается';

const SURNAMES = ['Иванова', 'Петрова', 'Сидорова', 'Кузнецова', 'Смирнова', 'Попова', 'Волкова', 'Зайцева'];
const NAMES = ['Мария', 'Анна', 'Ольга', 'Елена', 'Ирина', 'Наталья', 'Татьяна', 'Светлана'];

/** A mentee's or mentor's name that differs for every index (ФИО are unique in the fixture). */
export const personName = (prefix: string, i: number): string =>
  `${SURNAMES[i % SURNAMES.length]}${i >= SURNAMES.length ? `-${prefix}${i}` : ''} ${NAMES[(i * 3) % NAMES.length]} Петровна`;

export const menteeEmail = (i: number): string => `mentee${i}@college.example`;
export const mentorEmail = (i: number): string => `mentor${i}@college.example`;

/** Mentee i struggles most with competence i mod n; mentor j shares competences j and j + 1. */
export function menteeOf(i: number, name: string): RespondentAnswers {
  const grid: Record<string, string> = {};
  DEFAULT_COMPETENCES.forEach((c, k) => (grid[c.label] = k === i % DEFAULT_COMPETENCES.length ? '5' : '2'));
  return menteeAnswers(name, { 'Оцените, насколько вам трудно в каждом направлении': grid });
}

function mentorOf(j: number, name: string): RespondentAnswers {
  const n = DEFAULT_COMPETENCES.length;
  return mentorAnswers(name, {
    'В каких направлениях вы готовы делиться опытом?': [
      DEFAULT_COMPETENCES[j % n]!.label,
      DEFAULT_COMPETENCES[(j + 1) % n]!.label,
    ],
  });
}

/** The add-on's functions by the names Apps Script calls them: the pipeline's and stage 5's. */
export function matchingFunctions(college: College): Record<string, (...args: unknown[]) => unknown> {
  const deps = () => depsOf(college.workspace);
  return {
    ...addonFunctions(college.workspace),
    matchPairs: () => matchPairs(undefined, deps()),
    openPairsSidebar: () => openPairsSidebar(undefined, deps()),
    chooseMentor: () => chooseMentor(undefined, deps()),
    matchingSidebarData: (focus) => matchingSidebarData(focus as string | null, deps()),
    runMatching: () => runMatching(undefined, deps()),
    acceptProposal: (ref) => acceptProposal(ref as never, deps()),
    rejectProposal: (ref) => rejectProposal(ref as never, deps()),
    pinProposal: (ref, pinned) => pinProposal(ref as never, pinned as boolean, deps()),
    forbidPair: (ref, mentee) => forbidPair(ref as never, mentee as string, deps()),
    swapMentor: (ref, mentee, mentor) => swapMentor(ref as never, mentee as string, mentor as string, deps()),
    rankMentors: (mentee) => rankMentors(mentee as string, deps()),
  };
}

export interface MatchingCollegeOptions {
  mentees: number;
  mentors: number;
  /** ФИО of mentee 0 instead of the generated one (e.g. markup, to test escaping). */
  firstMenteeName?: string;
}

/**
 * A college whose banks hold `mentees` and `mentors` people with consent given, filled through the forms
 * and one «Импортировать ответы» (so 500 people cost one pipeline run, not 500).
 */
export function matchingCollege(options: MatchingCollegeOptions): College {
  const college = College.open();
  const functions = matchingFunctions(college);
  college.workspace.useFunctions((name) => functions[name]);
  // The sidebar's page as written (the browser test loads the built one, with its script inlined).
  const page = fs.readFileSync(path.resolve(__dirname, '../../src/ui/pairs-sidebar/page.html'), 'utf8');
  college.workspace.html.useHtmlFiles({ ...uiFiles(), 'pairs-sidebar': page });
  college.deleteSubmitTrigger();
  for (let j = 0; j < options.mentors; j++) {
    const name = personName('н', j);
    college.submit('mentor', mentorOf(j, name), mentorEmail(j));
    college.submit('consent', consentAnswers(name, 'Даю согласие', 'наставник'), mentorEmail(j));
  }
  for (let i = 0; i < options.mentees; i++) {
    const name = i === 0 && options.firstMenteeName ? options.firstMenteeName : personName('у', i);
    college.submit('mentee', menteeOf(i, name), menteeEmail(i));
    college.submit('consent', consentAnswers(name), menteeEmail(i));
  }
  college.person.clickMenu('Импортировать ответы');
  college.installSubmitTrigger();
  return college;
}

/** Data rows of a sheet by header, blank rows left out. */
export function rowsOf(college: College, sheet: string): Array<Record<string, CellValue>> {
  return college.rows(sheet);
}

/** The proposals' content without their positions: what determinism is about. */
export function proposalsOf(college: College): Array<Record<string, CellValue>> {
  return rowsOf(college, PAIRS).filter((r) => r['Статус'] === 'предложена');
}
