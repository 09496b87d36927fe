import { mkdirSync, rmSync, writeFileSync } from 'fs';
import { join, relative, resolve } from 'path';
import { readBundle } from './bundle';
import { writeDocx } from './export/docx';
import { reportHtml } from './export/report-html';
import { documentExport, spreadsheetExport } from './export/snapshots';
import { workspaceState } from './export/state';
import { writeWorkbook } from './export/xlsx';
import { replay, StepReport } from './scenario/runner';
import { loadScenario, ScenarioError } from './scenario/scenario';

// In Apps Script a Date's local time is the script's time zone (appsscript.json); the offline run
// uses the same, whatever the machine's zone.
process.env.TZ = 'Europe/Moscow';

const projectRoot = resolve(__dirname, '..', '..');

interface Options {
  scenario: string;
  out: string;
  dist: string;
}

function usage(): string {
  return 'Usage: npm start [-- --scenario FILE] [--out DIR]\n  Replays a scenario (default scenarios/sample.json) over the offline Workspace and writes out/.';
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    scenario: join(projectRoot, 'scenarios', 'sample.json'),
    out: join(projectRoot, 'out'),
    dist: join(projectRoot, 'dist'),
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--'))
        throw new ScenarioError(`${arg} needs a value.\n${usage()}`);
      i += 1;
      return next;
    };
    if (arg === '--scenario') options.scenario = resolve(value());
    else if (arg === '--out') options.out = resolve(value());
    else if (arg === '--help' || arg === '-h') {
      console.log(usage());
      process.exit(0);
    } else throw new ScenarioError(`Unknown option ${arg}.\n${usage()}`);
  }
  return options;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function progressLine(report: StepReport, total: number): string {
  const failed = report.outcome.executions.filter((e) => e.error);
  const mark = failed.length > 0 ? '✗' : '✓';
  const facts = [`${report.calls} calls`, `predicted ${seconds(report.predictedMs)}`];
  if (report.outcome.detail) facts.push(report.outcome.detail);
  const width = String(total).length;
  const lines = [
    `  ${mark} [${String(report.index).padStart(width)}/${total}] ${report.description} · ${facts.join(' · ')}`,
  ];
  for (const e of failed) lines.push(`      ${e.functionName}: ${e.error}`);
  for (const shown of report.shown) {
    const text =
      shown.kind === 'sidebar' || shown.kind.endsWith('dialog') ? '' : `: ${shown.content.split('\n')[0]}`;
    lines.push(`      ↳ ${shown.kind} «${shown.title}»${text}`);
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const scenario = loadScenario(options.scenario);
  const bundle = readBundle(options.dist);
  console.log(
    `Наставник offline: «${scenario.name}» (${relative(process.cwd(), options.scenario) || options.scenario}), ${scenario.steps.length} steps`,
  );
  const started = Date.now();
  const { workspace, failures } = replay(scenario, bundle, (report, total) =>
    console.log(progressLine(report, total)),
  );
  const wallMs = Date.now() - started;

  rmSync(options.out, { recursive: true, force: true });
  mkdirSync(join(options.out, 'documents'), { recursive: true });
  const written: string[] = [];
  const statePath = join(options.out, 'state.json');
  writeFileSync(statePath, `${JSON.stringify(workspaceState(workspace, scenario.name), null, 2)}\n`);
  written.push(statePath);
  const container = workspace.kernel.container;
  const spreadsheet = container?.kind === 'spreadsheet' ? workspace.sheets.get(container.id) : undefined;
  if (spreadsheet) {
    const snapshot = spreadsheet.toJSON();
    const workbookPath = join(options.out, 'workbook.xlsx');
    await writeWorkbook(spreadsheetExport(snapshot), workbookPath);
    written.push(workbookPath);
    // The monitoring charts and the road-map dashboard, for a browser (issues 6 and 7).
    const reportPath = join(options.out, 'report.html');
    const at = new Date(workspace.kernel.clock.now());
    writeFileSync(reportPath, reportHtml(snapshot, { scenario: scenario.name, at }));
    written.push(reportPath);
  }
  const usedNames = new Set<string>();
  for (const document of workspace.documents.all()) {
    // A document in the trash (a replaced version, setTrashed §4.3) is not among the person's documents any more.
    if (workspace.kernel.drive.find(document.id)?.trashed) continue;
    const exported = documentExport(workspace, document.id);
    let base = exported.name.replace(/[\\/:*?"<>|]/g, '_').slice(0, 120) || 'document';
    for (let n = 2; usedNames.has(base); n += 1) base = `${exported.name.slice(0, 110)} (${n})`;
    usedNames.add(base);
    const path = join(options.out, 'documents', `${base}.docx`);
    await writeDocx(exported, path);
    written.push(path);
  }

  const { kernel } = workspace;
  console.log('');
  console.log(
    `Service calls: ${kernel.calls.total} in ${kernel.executions.length} executions; predicted Apps Script time ${seconds(kernel.calls.predictedTimeMs)} (offline run took ${wallMs} ms).`,
  );
  console.log(
    `Wrote ${written.length} files to ${relative(process.cwd(), options.out) || options.out}/: ${written.map((p) => relative(options.out, p)).join(', ')}`,
  );
  if (failures.length > 0) {
    console.log(`${failures.length} execution(s) failed with an unhandled exception:`);
    for (const f of failures) console.log(`  step ${f.step}, ${f.functionName}: ${f.error}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A scenario problem is the user's to fix: say it plainly. Anything else is a defect: show the stack.
    if (
      error instanceof ScenarioError ||
      (error instanceof Error && /run `npm run build`/.test(error.message))
    )
      console.error(`npm start: ${error.message}`);
    else console.error(error);
    process.exit(2);
  },
);
