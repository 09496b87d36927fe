import { messages } from '../messages';
import { planRender } from './render';
import type { RenderOptions, TemplateData, TemplateKey } from './types';

export interface FileNameOptions extends RenderOptions {
  /** Adds `{{вид}}`: the kind's name («Программа наставничества»). */
  kind?: TemplateKey;
  /** Adds `{{дата}}` when the data has none (the day of generation). */
  today?: Date;
}

/** Drive accepts any name, but a name that cannot be saved on Windows breaks the .docx/.pdf download. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
const MAX_LENGTH = 150;
const GAP = '\u0000';

/**
 * A file name from a pattern in the template language (`{{вид}} — {{наставляемый.фио|инициалы}} —
 * {{дата}}`): values literal, missing ones dropped with their separator, characters Drive and
 * Windows reject removed, length bounded.
 */
export function renderFileName(pattern: string, data: TemplateData, options: FileNameOptions): string {
  const kindName = options.kind ? messages.documents.kinds[options.kind] : '';
  const extra: Record<string, TemplateData[string]> = {};
  if (options.kind && data['вид'] === undefined) extra['вид'] = kindName;
  if (data['дата'] === undefined) extra['дата'] = options.today ?? new Date();
  const text = String(pattern ?? '').replace(/[\r\n]+/g, ' ');
  const plan = planRender(
    { body: [{ text }] },
    { ...data, ...extra },
    { timeZone: options.timeZone, missing: GAP },
  );
  const rendered = plan.errors.length > 0 ? text.replace(/\{\{|\}\}/g, '') : (plan.edits[0]?.result ?? text);
  const name = rendered
    .replace(new RegExp(`(\\s*[—–\\-,;_]\\s*)?${GAP}`, 'g'), '')
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    // A trailing «.» ends initials («Громова Т.И.») and stays; dangling separators go.
    .replace(/^[\s—–\-,;_.]+|[\s—–\-,;_]+$/g, '')
    .slice(0, MAX_LENGTH)
    .trim();
  return name || kindName || messages.documents.kinds.programme;
}

/** Folder names under «Наставничество»: [«2026/27», «Программы»]. */
export function documentFolderPath(kind: TemplateKey, yearLabel: string): string[] {
  return [yearLabel, messages.documents.folders[kind]];
}
