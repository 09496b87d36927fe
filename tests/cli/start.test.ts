import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { textViaLibreOffice } from '../documents/soffice';
import { tmpdir } from 'os';
import { join } from 'path';
import { writeDocx } from '../../src/cli/export/docx';
import { documentExport } from '../../src/cli/export/snapshots';
import { OfflineWorkspace } from '../../src/offline/workspace';
import { escapeHtml } from '../../src/cli/export/report-html';
import { acceptedPairMentees, attendanceRows, EVENTS, MATCHING } from '../../scenarios/build-sample';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function start(args: string[]): { status: number | null; stdout: string; stderr: string } {
  if (!existsSync(join(root, 'dist', 'Code.js')))
    throw new Error('dist/Code.js is missing: run `npm run build` (npm test does it first).');
  const run = spawnSync(tsx, [join(root, 'src', 'cli', 'start.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    // The sample replays a whole academic year (about 25 s on one core).
    timeout: 150_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm start (the sample scenario over the built bundle)', () => {
  const out = mkdtempSync(join(tmpdir(), 'nastavnik-out-'));
  let run: ReturnType<typeof start>;
  beforeAll(() => {
    run = start(['--out', out]);
  }, 160_000);

  it('replays every step, shows progress, and ends with a summary of calls and predicted time', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\[\s*1\/\d+\] open the spreadsheet/);
    expect(run.stdout).toMatch(
      /menu «Настроить систему»[^\n]*\n\s+↳ alert «Настройка системы»: Система настроена\./,
    );
    expect(run.stdout).toMatch(/Система уже настроена: изменений нет/);
    expect(run.stdout).toMatch(/Service calls: \d+ in \d+ executions; predicted Apps Script time \d+\.\d s/);
  });

  it('state.json holds the sheets, the service-call counts and the predicted Apps Script time', () => {
    const state = JSON.parse(readFileSync(join(out, 'state.json'), 'utf8'));
    const sheetNames: string[] = state.spreadsheets[0].sheets.map((s: { name: string }) => s.name);
    expect(sheetNames).toEqual(
      expect.arrayContaining(['Банк наставников', 'Банк наставляемых', 'Настройки', 'Журнал']),
    );
    const settings = state.spreadsheets[0].sheets.find((s: { name: string }) => s.name === 'Настройки');
    expect(settings.values.flat()).toContain('Лукьяненко Светлана Викторовна');
    expect(state.serviceCalls.total).toBeGreaterThan(0);
    expect(state.serviceCalls.byMethod['SpreadsheetApp.Range.getValues']).toBeGreaterThan(0);
    expect(state.predictedAppsScriptTimeMs).toBeGreaterThan(0);
    expect(state.executions.map((e: { functionName: string }) => e.functionName)).toEqual(
      expect.arrayContaining(['onOpen', 'setupSystem']),
    );
  });

  it('state.json keeps what the season sent: Calendar events with their invitations, and the reminder e-mails', () => {
    const state = JSON.parse(readFileSync(join(out, 'state.json'), 'utf8'));
    expect(state.calendar.events).toHaveLength(EVENTS.length);
    const invitations = attendanceRows().length;
    expect(state.calendar.invitationsSent).toHaveLength(invitations);
    const sent = state.calendar.invitationsSent.map(
      (i: { eventId: string; to: string }) => `${i.eventId}|${i.to}`,
    );
    expect(new Set(sent).size).toBe(invitations);
    expect(state.mail.outbox.length).toBeGreaterThan(0);
    for (const m of state.mail.outbox as Array<{
      to: string[];
      subject: string;
      executionFunction: string;
    }>) {
      expect(m.to).toHaveLength(1);
      expect(m.subject).toBe('Анкета мониторинга программы наставничества');
      expect(m.executionFunction).toBe('remindMonitoring');
    }
    expect(typeof state.mail.remainingDailyQuota).toBe('number');
  });

  it('report.html shows the monitoring charts as SVG with their bars and the road-map dashboard with every stage', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('<h2>Мониторинг</h2>');
    const charts = html.match(/<svg class="chart"/g) ?? [];
    expect(charts).toHaveLength(3);
    for (const title of [
      'Средние оценки: начало и завершение программы',
      'Доли ответивших «да»: начало и завершение',
      'Отклик на анкету мониторинга',
    ])
      expect(html).toContain(escapeHtml(title));
    // Six scales and four shares at two phases, two response rates: a bar each.
    const bars = [...html.matchAll(/<rect class="bar" [^>]*data-value="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(bars).toHaveLength(6 * 2 + 4 * 2 + 2);
    expect(bars.slice(-2)).toEqual([31 / 32, 30 / 32]);
    expect(html).toContain('<h2>Дорожная карта</h2>');
    expect(html).toContain('<table class="roadmap">');
    expect((html.match(/<tr class="row-/g) ?? []).length).toBe(19);
    // At the end of May nothing is overdue (the sample uploads stage 4.2's materials in time).
    for (const [status, shown] of [
      ['выполнено', true],
      ['в работе', true],
      ['просрочено', false],
    ] as const)
      expect([status, html.includes(`>${status}</td>`)]).toEqual([status, shown]);
    expect(html).not.toMatch(/<script/);
  });

  it('workbook.xlsx opens with one tab per sheet and the values people typed', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'workbook.xlsx'));
    const tabs = workbook.worksheets.map((w) => w.name);
    expect(tabs).toEqual(
      expect.arrayContaining(['Банк наставников', 'Банк наставляемых', 'Настройки', 'Журнал']),
    );
    const settings = workbook.getWorksheet('Настройки')!;
    const values = settings
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string');
    expect(values).toContain('ПОУ «СКУиИТ»');
    expect(settings.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 1 }));
  });

  it('out/documents holds each document as .docx — the current version only, not those replaced and in the trash', async () => {
    const files = readdirSync(join(out, 'documents'));
    expect(files.every((f) => f.endsWith('.docx'))).toBe(true);
    expect(files.filter((f) => / \(\d+\)\.docx$/.test(f))).toEqual([]);
    const orders = files.filter((f) => f.startsWith('Приказ о закреплении наставнических пар'));
    expect(orders).toEqual([
      expect.stringMatching(/^Приказ о закреплении наставнических пар № \d+-од от \d\d\.\d\d\.\d{4}\.docx$/),
    ]);
    // The sample makes the pair documents twice: still one programme per approved pair or group.
    expect(files.filter((f) => f.startsWith('Программа наставничества — '))).toHaveLength(
      acceptedPairMentees().length + Object.keys(MATCHING.groups).length,
    );
    const zip = await JSZip.loadAsync(readFileSync(join(out, 'documents', orders[0]!)));
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toContain('ПРИКАЗ');
    expect(body).toContain(/№ (\d+-од)/.exec(orders[0]!)![1]!);
  });

  it('LibreOffice opens the order on pairs and a programme npm start wrote, and reads their text', () => {
    const files = readdirSync(join(out, 'documents'));
    const order = files.find((f) => f.startsWith('Приказ о закреплении наставнических пар'))!;
    const orderText = textViaLibreOffice(join(out, 'documents', order));
    expect(orderText).toContain('ПРИКАЗЫВАЮ');
    expect(orderText).toContain('г. Северодвинск');
    expect(orderText).not.toContain('{{');
    const programme = files.find((f) => f.startsWith('Программа наставничества — '))!;
    const programmeText = textViaLibreOffice(join(out, 'documents', programme));
    expect(programmeText).toMatch(/[Пп]лан/);
    expect(programmeText).not.toContain('{{');
  }, 120_000);

  it('--scenario replays another file, and a step that cannot run stops the replay naming the step', () => {
    const scenario = join(out, 'broken.json');
    writeFileSync(
      scenario,
      JSON.stringify({
        name: 'ошибка',
        steps: [{ action: 'open' }, { action: 'menu', label: 'Несуществующий пункт' }],
      }),
    );
    const failed = start(['--scenario', scenario, '--out', join(out, 'broken')]);
    expect(failed.status).toBe(2);
    expect(failed.stderr).toMatch(
      /Step 2 \(menu «Несуществующий пункт»\) cannot run: There is no menu item «Несуществующий пункт»/,
    );
    expect(failed.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unknown option is refused with the usage', () => {
    const failed = start(['--frobnicate']);
    expect(failed.status).toBe(2);
    expect(failed.stderr).toMatch(/Unknown option --frobnicate[\s\S]*Usage: npm start/);
  });
});

describe('the .docx exporter', () => {
  it('writes a Word file with the document body, its table and its header', async () => {
    const workspace = new OfflineWorkspace();
    const doc = workspace.services.DocumentApp.create('Приказ о закреплении пар');
    doc
      .getBody()
      .appendParagraph('ПРИКАЗ')
      .setHeading(workspace.services.DocumentApp.ParagraphHeading.HEADING1);
    doc.getBody().appendTable([
      ['Наставник', 'Наставляемый'],
      ['Петров И.С.', 'Иванова М.П.'],
    ]);
    doc.addHeader().appendParagraph('ПОУ «СКУиИТ»');
    const id = doc.getId();
    doc.saveAndClose();
    const path = join(mkdtempSync(join(tmpdir(), 'nastavnik-docx-')), 'order.docx');
    await writeDocx(documentExport(workspace, id), path);
    const zip = await JSZip.loadAsync(readFileSync(path));
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toContain('ПРИКАЗ');
    expect(body).toContain('<w:tbl>');
    expect(body).toContain('Иванова М.П.');
    const headerFile = Object.keys(zip.files).find((name) => /^word\/header\d*\.xml$/.test(name))!;
    expect(await zip.file(headerFile)!.async('string')).toContain('ПОУ «СКУиИТ»');
  });
});
