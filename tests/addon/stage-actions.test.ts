import { createInvitations } from '../../src/addon/season/events';
import { thenRefreshRoadmap } from '../../src/addon/stage-actions';
import { depsOf } from './fixture';
import { addEvent, seasonCollege } from './season-fixture';

/**
 * Issue 7, item 3: «Дорожная карта» refreshes after each stage's actions. main.ts hands Apps Script every
 * stage action wrapped in `thenRefreshRoadmap`; this is what the wrapper does for one of them.
 */

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const trainingRow = (values: unknown[][]): string =>
  JSON.stringify(values.find((r) => String(r[2]).startsWith('Консультации, обмен опытом')) ?? null);

it('a stage action wrapped for Apps Script leaves «Дорожная карта» showing what it just did', () => {
  const college = seasonCollege(3, 2);
  addEvent(college, {
    kind: 'установочная сессия наставников',
    title: 'Установочная сессия',
    start: '15.09.2026 15:00',
    participants: 'наставники',
  });
  thenRefreshRoadmap(createInvitations)(undefined, depsOf(college.workspace));
  expect(trainingRow(college.values('Дорожная карта'))).toContain('запланировано: 1');

  // The bare action (as tests of stage 4 call it) changes the events, not the dashboard.
  addEvent(college, {
    kind: 'консультация',
    title: 'Консультация',
    start: '16.09.2026 15:00',
    participants: 'наставники',
  });
  createInvitations(undefined, depsOf(college.workspace));
  expect(trainingRow(college.values('Дорожная карта'))).toContain('запланировано: 1');
  thenRefreshRoadmap(createInvitations)(undefined, depsOf(college.workspace));
  expect(trainingRow(college.values('Дорожная карта'))).toContain('запланировано: 2');
});
