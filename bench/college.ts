import { join } from 'path';
import { loadBundle, readBundle, type Bundle } from '../src/cli/bundle';
import { DEFAULT_COMPETENCES, MENTORING_FORMS } from '../src/core/schema/competences';
import {
  CONSENT_DECISIONS,
  EXPERIENCE_BANDS,
  MENTEE_QUESTIONNAIRE,
  MENTOR_QUESTIONNAIRE,
  CONSENT_FORM,
  SEVERITY_COLUMNS,
  type QuestionnaireKey,
} from '../src/core/questionnaires/spec';
import { Person } from '../src/offline/person';
import { OfflineWorkspace } from '../src/offline/workspace';

const SURNAMES = ['Иванова', 'Петров', 'Смирнова', 'Кузнецов', 'Соколова', 'Попов', 'Лебедева', 'Козлов'];
const NAMES = ['Мария Петровна', 'Иван Сергеевич', 'Анна Олеговна', 'Олег Игоревич'];

const title = (spec: { questions: ReadonlyArray<{ key: string; title: string }> }, key: string): string =>
  spec.questions.find((q) => q.key === key)!.title;

/** The i-th fictional teacher's answers to a questionnaire, varied but deterministic. */
function answers(form: QuestionnaireKey, i: number): Record<string, unknown> {
  const fullName = `${SURNAMES[i % SURNAMES.length]} ${NAMES[i % NAMES.length]}`;
  if (form === 'consent') {
    const t = (k: string) => title(CONSENT_FORM, k);
    return {
      [t('fullName')]: fullName,
      [t('address')]: `г. Северодвинск, ул. Ленина, д. ${i % 90}`,
      [t('identityDocument')]: `паспорт 11 ${String(100000 + i)}, выдан 01.02.2010`,
      [t('role')]: 'наставляемый',
      [t('decision')]: CONSENT_DECISIONS.give,
    };
  }
  const spec = form === 'mentee' ? MENTEE_QUESTIONNAIRE : MENTOR_QUESTIONNAIRE;
  const t = (k: string) => title(spec, k);
  const common = {
    [t('fullName')]: fullName,
    [t('position')]: 'преподаватель',
    [t('subject')]: ['ПЦК информатики', 'ПЦК экономики', 'ПЦК права'][i % 3],
    [t('experience')]: EXPERIENCE_BANDS[i % EXPERIENCE_BANDS.length]!.label,
    [t('category')]: 'первая',
    [t('mentoringForm')]: MENTORING_FORMS[i % 3],
    [t('meetingFormat')]: 'очно',
  };
  if (form === 'mentee')
    return {
      ...common,
      [t('pedagogicalEducation')]: 'да',
      [t('difficulties')]: Object.fromEntries(
        DEFAULT_COMPETENCES.map((c, k) => [c.label, SEVERITY_COLUMNS[(i + k) % 5]]),
      ),
      [t('support')]: ['индивидуальные консультации'],
      [t('mainRequest')]: `Запрос №${i}: научиться проектировать занятие`,
    };
  return {
    ...common,
    [t('mentoringExperience')]: 'да',
    [t('strengths')]: [DEFAULT_COMPETENCES[i % 13]!.label, DEFAULT_COMPETENCES[(i + 5) % 13]!.label],
    [t('capacity')]: String(1 + (i % 3)),
    [t('needsTraining')]: 'нет',
    [t('willing')]: 'да',
  };
}

let built: Bundle | undefined;

/**
 * A college spreadsheet in the offline Workspace running the built bundle (`dist/Code.js`, which
 * `npm run bench` builds first), driven by a person through menus and forms.
 */
export class BenchCollege {
  readonly workspace = new OfflineWorkspace({ start: new Date('2026-09-01T06:00:00Z') });
  readonly person = new Person(this.workspace);
  private forms: Record<QuestionnaireKey, string> | null = null;

  constructor() {
    built ??= readBundle(join(__dirname, '..', 'dist'));
    const id = this.workspace.sheets.create('Наставничество').id;
    this.workspace.kernel.container = { kind: 'spreadsheet', id };
    this.workspace.html.useHtmlFiles(built.html);
    loadBundle(this.workspace, built);
    this.person.openSpreadsheet();
  }

  /** «Настроить систему», then the forms it made. */
  setUp(): this {
    this.clickMenu('Настроить систему');
    const stored = JSON.parse(
      this.workspace.services.PropertiesService.getDocumentProperties()!.getProperty('nastavnik.forms')!,
    ) as Record<QuestionnaireKey, { formId: string }>;
    this.forms = Object.fromEntries(Object.entries(stored).map(([key, ref]) => [key, ref.formId])) as Record<
      QuestionnaireKey,
      string
    >;
    return this;
  }

  /** Runs `body` with the on-form-submit trigger removed, as when triggers were off. */
  withTriggersOff(body: () => void): void {
    const { ScriptApp } = this.workspace.services;
    const trigger = ScriptApp.getProjectTriggers().find((t) => t.getHandlerFunction() === 'onFormSubmitted')!;
    ScriptApp.deleteTrigger(trigger);
    body();
    ScriptApp.newTrigger('onFormSubmitted')
      .forSpreadsheet(this.workspace.kernel.container!.id)
      .onFormSubmit()
      .create();
  }

  /** `count` teachers submit, in turn a mentee questionnaire, a mentor questionnaire and a consent. */
  submitResponses(count: number, offset = 0): void {
    const kinds: QuestionnaireKey[] = ['mentee', 'mentor', 'consent'];
    const forms = this.forms;
    if (!forms) throw new Error('Run setUp() first: the forms do not exist yet.');
    for (let i = offset; i < offset + count; i += 1) {
      const form = kinds[i % 3]!;
      const teacher = Math.floor(i / 3);
      this.workspace.forms.submitAsRespondent(
        forms[form],
        answers(form, teacher) as never,
        `t${teacher}@college.example`,
      );
    }
  }

  /** One new teacher submits one questionnaire (the same kind in every case, so cases compare). */
  submitOne(form: QuestionnaireKey, teacher: number): void {
    if (!this.forms) throw new Error('Run setUp() first: the forms do not exist yet.');
    this.workspace.forms.submitAsRespondent(
      this.forms[form],
      answers(form, teacher) as never,
      `t${teacher}@college.example`,
    );
  }

  clickMenu(label: string): void {
    this.person.clickMenu(label);
  }

  /** Service calls and predicted Apps Script time of what `body` makes the add-on do. */
  measure(body: () => void): { calls: number; spreadsheetCalls: number; predictedMs: number } {
    const { calls } = this.workspace.kernel;
    const before = {
      total: calls.total,
      sheets: calls.countPrefix('SpreadsheetApp.'),
      ms: calls.predictedTimeMs,
    };
    const failures = this.workspace.kernel.executions.length;
    body();
    const failed = this.workspace.kernel.executions.slice(failures).filter((e) => e.error);
    if (failed.length > 0) throw new Error(`The add-on failed while measured: ${failed[0]!.error}`);
    return {
      calls: calls.total - before.total,
      spreadsheetCalls: calls.countPrefix('SpreadsheetApp.') - before.sheets,
      predictedMs: calls.predictedTimeMs - before.ms,
    };
  }
}
