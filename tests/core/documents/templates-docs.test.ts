import { OutlineReader } from '../../../src/gas/documents-outline';
import { TemplateBuilder } from '../../../src/gas/documents-build';
import { OfflineWorkspace } from '../../../src/offline/workspace';
import { checkTemplate, knownPaths } from '../../../src/core/documents';
import type { TemplateOutline } from '../../../src/core/documents';
import { defaultTemplates, templateOutline } from '../../../src/core/documents/templates';

/**
 * The contract between the templates' data and the shell: a Google Doc built from a default template
 * (the offline DocumentApp, faithful to §3) reads back as exactly `templateOutline(doc)`, so what the
 * core checks before set-up is what «Проверить шаблон» later reads from Drive.
 */
const sections = (o: TemplateOutline) => ({ header: o.header ?? [], body: o.body, footer: o.footer ?? [] });

describe('default templates as Google Docs', () => {
  it.each(defaultTemplates().map((t) => [t.key, t] as const))(
    'the Doc built from %s reads back as templateOutline and passes «Проверить шаблон»',
    (key, template) => {
      const workspace = new OfflineWorkspace({ start: new Date(Date.UTC(2026, 8, 1, 7, 0)) });
      const app = workspace.services.DocumentApp;
      const read = workspace.kernel.run('menu', 'setupSystem', () => {
        const id = new TemplateBuilder(app).build(template.title, template);
        return new OutlineReader(app).read(app.openById(id)).outline;
      });
      expect(sections(read)).toEqual(sections(templateOutline(template)));
      expect(checkTemplate(read, knownPaths(key)).errors).toEqual([]);
    },
  );
});
