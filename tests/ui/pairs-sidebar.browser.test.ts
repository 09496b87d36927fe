/**
 * The «Подбор пар» sidebar in a real browser: Debian's Chromium, driven by playwright-core, loads the page
 * exactly as the built bundle's server rendered it through the offline HtmlService, with a
 * `google.script.run` stand-in whose every call goes through `Person.callServer` to the bundle loaded in
 * a vm over the offline Workspace — the same JSON rules as Google's (§9.3).
 */
import path from 'path';
import type { Page } from 'playwright-core';
import { headlessChromium } from './chromium';
import { loadBundle, readBundle } from '../../src/cli/bundle';
import { FORBIDDEN, PAIRS, matchingCollege, menteeEmail } from '../addon/matching-fixture';
import type { College } from '../addon/pipeline-fixture';

const XSS_NAME = '<img src=x onerror=alert(1)>';
const SIDEBAR_URL = 'https://sidebar.nastavnik.test/';

jest.setTimeout(30_000);

const browser = headlessChromium("the sidebar's browser test");
beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

/** The college, then the built add-on in place of the TypeScript functions (menus and triggers call it). */
function collegeOnTheBundle(): { college: College; serverFunctions: string[] } {
  const college = matchingCollege({ mentees: 4, mentors: 3 });
  // A curator typed markup into a name; it must reach the sidebar as text.
  const bank = college.spreadsheet.getSheetByName('Банк наставляемых')!;
  const values = bank.getDataRange().getValues();
  const row = values.findIndex((r) => r[values[0]!.indexOf('Эл. почта')] === menteeEmail(0)) + 1;
  bank.getRange(row, values[0]!.indexOf('ФИО') + 1).setValue(XSS_NAME);
  const bundle = readBundle(path.resolve(__dirname, '../../dist'));
  const script = loadBundle(college.workspace, bundle) as Record<string, unknown>;
  college.workspace.html.useHtmlFiles(bundle.html);
  // google.script.run offers every top-level function that is not private (§9.2).
  const serverFunctions = Object.keys(script).filter(
    (k) => typeof script[k] === 'function' && !k.endsWith('_'),
  );
  return { college, serverFunctions };
}

async function openSidebar(
  college: College,
  serverFunctions: string[],
): Promise<{ page: Page; dialogs: string[] }> {
  const sidebar = college.workspace.kernel.screen.filter((e) => e.kind === 'sidebar').slice(-1)[0];
  if (!sidebar) throw new Error('«Подобрать пары» opened no sidebar');
  const context = await browser.open(300);
  const page = context.pages()[0] ?? (await context.newPage());
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.exposeFunction('__nastavnikServer', (name: string, args: unknown[]) => {
    const outcome = college.person.callServer(name, args);
    const failure = outcome.detail?.match(/^failure handler called: ([\s\S]*)$/);
    return failure ? { ok: false, message: failure[1] } : { ok: true, value: outcome.result ?? null };
  });
  await page.addInitScript((names: string[]) => {
    type Handler = ((value: unknown) => void) | null;
    const call = (
      window as unknown as {
        __nastavnikServer: (
          n: string,
          a: unknown[],
        ) => Promise<{ ok: boolean; value?: unknown; message?: string }>;
      }
    ).__nastavnikServer;
    const runner = (success: Handler, failure: Handler): Record<string, unknown> => {
      const run: Record<string, unknown> = {
        withSuccessHandler: (fn: Handler) => runner(fn, failure),
        withFailureHandler: (fn: Handler) => runner(success, fn),
        withUserObject: () => run,
      };
      for (const name of names)
        run[name] = (...args: unknown[]) => {
          void call(name, args).then((r) => (r.ok ? success?.(r.value) : failure?.(new Error(r.message))));
        };
      return run;
    };
    (window as unknown as { google: unknown }).google = {
      script: {
        run: runner(null, null),
        host: { close() {}, setHeight() {}, setWidth() {}, editor: { focus() {} } },
      },
    };
  }, serverFunctions);
  await page.route(SIDEBAR_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: sidebar.content }),
  );
  await page.goto(SIDEBAR_URL);
  return { page, dialogs };
}

const pairsRows = (college: College) => college.rows(PAIRS);

it('«Подбор пар» in Chromium: proposals shown, «Утвердить», «Заменить» and «Запретить» work, names stay text', async () => {
  const { college, serverFunctions } = collegeOnTheBundle();
  college.person.clickMenu('Подобрать пары');
  expect(college.workspace.kernel.executions.filter((e) => e.error)).toEqual([]);
  const { page, dialogs } = await openSidebar(college, serverFunctions);

  const cards = page.locator('[data-proposal-id]');
  await cards.first().waitFor();
  const proposed = pairsRows(college).filter((r) => r['Статус'] === 'предложена');
  expect(await cards.count()).toBe(proposed.length);

  // Markup in a name is shown as its characters: no element made, no script run.
  await expect(page.getByText(XSS_NAME, { exact: true }).first().isVisible()).resolves.toBe(true);
  expect(await page.locator('img').count()).toBe(0);

  await page.screenshot({ path: '/tmp/pairs-sidebar.png', fullPage: true });

  // «Утвердить» on the first proposal.
  const firstId = (await cards.first().getAttribute('data-proposal-id'))!;
  await cards
    .first()
    .getByRole('button', { name: /^Утвердить/ })
    .click();
  await page.locator(`[data-proposal-id="${firstId}"]`).waitFor({ state: 'detached' });
  expect(pairsRows(college).find((r) => r['№ пары/группы'] === firstId)?.['Статус']).toBe('утверждена');
  await expect(page.locator('#status').textContent()).resolves.toMatch(/утверждена/);

  // «Заменить…» on the next one: choose the mentor offered, confirm.
  const card = cards.first();
  const id = (await card.getAttribute('data-proposal-id'))!;
  const before = pairsRows(college).find((r) => r['№ пары/группы'] === id)!;
  await card.getByRole('button', { name: /^Заменить…/ }).click();
  const select = card.locator('select[data-role="swap-mentor"]');
  await select.waitFor();
  const chosen = await select.inputValue();
  expect(chosen).not.toBe(before['Наставник: эл. почта']);
  await card.getByRole('button', { name: 'Заменить', exact: true }).click();
  await page.locator('#status', { hasText: 'заменён' }).waitFor();
  const mentee = String(before['Наставляемые: эл. почта']);
  const now = pairsRows(college).find(
    (r) => r['Статус'] === 'предложена' && String(r['Наставляемые: эл. почта']).split('\n').includes(mentee),
  );
  expect(now?.['Наставник: эл. почта']).toBe(chosen);

  // «Запретить» on a proposal: the pair goes to «Запреты пар».
  const target = page.locator('[data-proposal-id]').first();
  const targetId = (await target.getAttribute('data-proposal-id'))!;
  const forbidden = pairsRows(college).find((r) => r['№ пары/группы'] === targetId)!;
  await target.getByRole('button', { name: /^Запретить/ }).click();
  await target
    .locator('[data-panel="forbid"]')
    .getByRole('button', { name: 'Запретить', exact: true })
    .click();
  await page.locator('#status', { hasText: 'Запреты пар' }).waitFor();
  expect(college.rows(FORBIDDEN)).toEqual([
    expect.objectContaining({
      'Наставник: эл. почта': forbidden['Наставник: эл. почта'],
      'Наставляемый: эл. почта': String(forbidden['Наставляемые: эл. почта']).split('\n')[0],
    }),
  ]);

  expect(await page.locator('img').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
