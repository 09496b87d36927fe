import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'fs';
import { join } from 'path';

/** A scenario as docs/scenario.schema.json describes it (the schema is the source of truth). */
export interface Scenario {
  name: string;
  description?: string;
  workspace?: WorkspaceSetup;
  steps: Step[];
}

export interface WorkspaceSetup {
  spreadsheet?: string;
  user?: string;
  start?: string;
  locale?: 'ru' | 'en';
  account?: 'consumer' | 'workspace';
}

/** The cell of the spreadsheet holding a Doc's link: by row number, or the row whose cells hold `where`. */
export type DocumentLink = { sheet: string; column: string } & (
  { row: number; where?: never } | { where: Record<string, string | number>; row?: never }
);

export type FormAnswer = string | number | string[] | Record<string, string | string[]>;

export type Step =
  | { action: 'open'; authMode?: 'NONE' | 'LIMITED' | 'FULL'; note?: string }
  | { action: 'menu'; label: string; answers?: string[]; note?: string }
  | {
      action: 'submitForm';
      form: string;
      respondent?: string;
      answers: Record<string, FormAnswer>;
      note?: string;
    }
  | {
      action: 'editCell';
      sheet: string;
      row: number;
      column: string;
      value: string | number | boolean;
      note?: string;
    }
  | {
      action: 'addRow';
      sheet: string;
      values: Record<string, string | number | boolean>;
      note?: string;
    }
  | { action: 'selectCell'; sheet: string; row: number; column?: string; note?: string }
  | { action: 'callServer'; function: string; args?: unknown[]; note?: string }
  | {
      action: 'docsMenu';
      document: DocumentLink;
      label: string;
      answers?: string[];
      user?: string;
      note?: string;
    }
  | { action: 'addFile'; folder: string; name: string; user?: string; note?: string }
  | { action: 'advanceClock'; minutes?: number; hours?: number; days?: number; to?: string; note?: string };

/** A scenario that cannot be read or replayed; the message names the file or the step. */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
}

const schemaPath = join(__dirname, '..', '..', '..', 'docs', 'scenario.schema.json');

let validator: ((data: unknown) => boolean) & {
  errors?: Array<{ instancePath: string; message?: string }> | null;
};

function validate(data: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, strictRequired: false });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  }
  if (validator(data)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
}

/** Parses and validates a scenario; every problem is reported at once, with its JSON path. */
export function parseScenario(text: string, source: string): Scenario {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(`${source}: not valid JSON (${(error as Error).message}).`);
  }
  const problems = validate(data);
  if (problems.length > 0) {
    // oneOf failures repeat for every branch; show each distinct line once.
    const distinct = [...new Set(problems)].slice(0, 12);
    throw new ScenarioError(
      `${source}: does not follow docs/scenario.schema.json:\n  ${distinct.join('\n  ')}`,
    );
  }
  return data as Scenario;
}

export function loadScenario(path: string): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ScenarioError(`Cannot read the scenario file ${path}.`);
  }
  return parseScenario(text, path);
}

/** One line that says what a step does, for progress output and error messages. */
export function describeStep(step: Step): string {
  switch (step.action) {
    case 'open':
      return 'open the spreadsheet';
    case 'menu':
      return `menu «${step.label}»`;
    case 'submitForm':
      return `submit the form «${step.form}»${step.respondent ? ` as ${step.respondent}` : ''}`;
    case 'editCell':
      return `edit «${step.sheet}» row ${step.row}, column «${step.column}»`;
    case 'addRow':
      return `type a new row into «${step.sheet}» (${Object.keys(step.values).length} cells)`;
    case 'selectCell':
      return `select «${step.sheet}» row ${step.row}`;
    case 'callServer':
      return `sidebar calls ${step.function}()`;
    case 'docsMenu':
      return `${step.user ? `${step.user}: ` : ''}Docs menu «${step.label}» in the Doc linked from ${linkCellOf(step.document)}`;
    case 'addFile':
      return `${step.user ? `${step.user}: ` : ''}upload «${step.name}» to the Drive folder «${step.folder}»`;
    case 'advanceClock':
      return step.to
        ? `advance the clock to ${step.to}`
        : `advance the clock by ${[
            step.days ? `${step.days} d` : '',
            step.hours ? `${step.hours} h` : '',
            step.minutes ? `${step.minutes} min` : '',
          ]
            .filter(Boolean)
            .join(' ')}`;
  }
}

/** «Пары и группы» [№ пары/группы = 19] › «Программа», or «Пары и группы» row 3 › «Программа». */
function linkCellOf(link: DocumentLink): string {
  const row = link.where
    ? `[${Object.entries(link.where)
        .map(([header, value]) => `${header} = ${value}`)
        .join(', ')}]`
    : `row ${link.row}`;
  return `«${link.sheet}» ${row} › «${link.column}»`;
}
