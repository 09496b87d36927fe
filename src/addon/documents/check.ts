import { TEMPLATE_KEYS, checkTemplate, knownPaths, messages } from '../../core';
import type { TemplateCheck, TemplateKey, TemplateOutline } from '../../core';
import { DEFAULT_TEMPLATES } from '../../core/documents/templates';
import { DRIVE_PROPERTY, parseStoredDrive, templateKeyOf } from '../../core/setup/set-up-documents';
import type { OpenDocument } from '../../ports/documents';
import type { AddonDeps } from '../composition-root';
import { GENERATED_MARK, problemList } from './context';

/**
 * «Проверить шаблоны» (Sheets) and «Проверить шаблон» (Docs): the core's checker over the templates as
 * staff left them, before anything is generated. Problems are listed with where they are («Таблица 2,
 * строка 3, ячейка 1»), what is wrong and how to fix it. The alert shows plain text, so a placeholder
 * staff typed with markup in it is shown as typed, never interpreted.
 */

function report(title: string, outline: TemplateOutline, check: TemplateCheck): string {
  const problems = [
    ...check.errors,
    ...check.warnings.map((w) => ({ ...w, message: `${messages.generation.warningTag} ${w.message}` })),
  ];
  if (problems.length === 0) return messages.generation.checkTemplateOk(title);
  return [
    messages.generation.checkTemplateProblems(title, check.errors.length, check.warnings.length),
    problemList(outline, problems),
  ].join('\n');
}

/** Every template set-up made, as it is now on Drive. */
export function checkAllTemplates(deps: AddonDeps): string {
  const store = deps.properties.document();
  const stored = parseStoredDrive(store ? store.get(DRIVE_PROPERTY) : null);
  if (!stored) return messages.generation.notSetUp;
  const parts: string[] = [];
  let clean = 0;
  for (const key of TEMPLATE_KEYS) {
    const title = DEFAULT_TEMPLATES[key].title;
    const id = stored.templates[key] ?? '';
    if (deps.documents.itemState(id, 'file') !== 'present') {
      parts.push(messages.generation.checkMissing(title));
      continue;
    }
    const outline = deps.documents.readOutline(id);
    const check = checkTemplate(outline, knownPaths(key));
    if (check.errors.length + check.warnings.length === 0) clean += 1;
    else parts.push(report(title, outline, check));
  }
  if (parts.length === 0) return messages.generation.checkAllOk(clean);
  return parts.join('\n\n');
}

/**
 * The kind of the open document: set-up's mark in its Drive description (a template), the kind of a
 * generated document, or — for a copy staff made by hand — the kind whose paths fit it best.
 */
function kindOf(doc: OpenDocument): { key: TemplateKey; check: TemplateCheck } {
  const marked = templateKeyOf(doc.description) ?? generatedKind(doc.description);
  if (marked) return { key: marked, check: checkTemplate(doc.outline, knownPaths(marked)) };
  const ranked = TEMPLATE_KEYS.map((key) => ({
    key,
    check: checkTemplate(doc.outline, knownPaths(key)),
  })).sort(
    (a, b) =>
      a.check.errors.length - b.check.errors.length || a.check.warnings.length - b.check.warnings.length,
  );
  return ranked[0]!;
}

function generatedKind(description: string): TemplateKey | null {
  const at = description.indexOf(GENERATED_MARK);
  if (at < 0) return null;
  const key = description.slice(at + GENERATED_MARK.length).split(':')[0] as TemplateKey;
  return TEMPLATE_KEYS.includes(key) ? key : null;
}

const hasPlaceholders = (outline: TemplateOutline): boolean => JSON.stringify(outline).includes('{{');

/** The Google Doc open in the editor. */
export function checkOpenDocument(deps: AddonDeps): string {
  const doc = deps.documents.activeDocument();
  if (!doc) return messages.generation.notATemplate;
  const marked = templateKeyOf(doc.description) ?? generatedKind(doc.description);
  if (!marked && !hasPlaceholders(doc.outline)) return messages.generation.notATemplate;
  const { key, check } = kindOf(doc);
  return [
    messages.generation.checkedAs(messages.documents.kinds[key]),
    report(doc.name, doc.outline, check),
  ].join('\n');
}
