import { DEFAULT_COMPETENCES, MENTORING_FORMS } from '../../src/core/schema/competences';
import { EXPERIENCE_BANDS, type QuestionnaireKey } from '../../src/core/questionnaires/spec';
import type { OfflineWorkspace } from '../../src/offline/workspace';
import type { RespondentAnswers } from '../../src/offline/forms';
import {
  dailyMaintenance,
  importResponses,
  onFormSubmitted,
  onOpen,
  setupSystem,
  withdrawConsent,
} from '../../src/addon/entry-points';
import type { FormSubmitEvent } from '../../src/addon/pipeline/entry-points';
import type { CellValue } from '../../src/ports';
import { Person } from '../../src/offline/person';
import type { SubmitOptions } from '../../src/offline/forms';
import type { SpreadsheetApi } from '../../src/gas/api/spreadsheet';
import { depsOf, openCollegeSpreadsheet } from './fixture';

/** Document property where «Настроить систему» keeps the forms (design decision 1). */
export const FORMS_PROPERTY = 'nastavnik.forms';

/** A mentee's answers as a teacher fills them in; `overrides` change single answers. */
export function menteeAnswers(fullName: string, overrides: RespondentAnswers = {}): RespondentAnswers {
  const grid: Record<string, string> = {};
  DEFAULT_COMPETENCES.forEach((c, i) => (grid[c.label] = String((i % 5) + 1)));
  return {
    'Фамилия, имя, отчество': fullName,
    Должность: 'преподаватель',
    'ПЦК / преподаваемые дисциплины': 'ПЦК информатики: программирование',
    'Педагогический стаж': EXPERIENCE_BANDS[1].label,
    'Квалификационная категория': 'без категории',
    'Есть ли у вас педагогическое образование?': 'нет',
    'Оцените, насколько вам трудно в каждом направлении': grid,
    'Какая поддержка вам нужна?': ['индивидуальные консультации'],
    'Предпочитаемая форма наставничества': MENTORING_FORMS[0],
    'Удобный формат встреч': 'очно',
    'Ваш главный профессиональный запрос': 'Научиться проектировать занятие',
    ...overrides,
  };
}

/** A potential mentor's answers. */
export function mentorAnswers(fullName: string, overrides: RespondentAnswers = {}): RespondentAnswers {
  return {
    'Фамилия, имя, отчество': fullName,
    Должность: 'преподаватель',
    'ПЦК / преподаваемые дисциплины': 'ПЦК информатики: базы данных',
    'Педагогический стаж': EXPERIENCE_BANDS[4].label,
    'Квалификационная категория': 'высшая',
    'Был ли у вас опыт наставничества?': 'да',
    'В каких направлениях вы готовы делиться опытом?': [
      DEFAULT_COMPETENCES[2].label,
      DEFAULT_COMPETENCES[3].label,
    ],
    'Предпочитаемая форма наставничества': MENTORING_FORMS[0],
    'Скольких наставляемых вы готовы сопровождать одновременно?': '2',
    'Удобный формат встреч': 'смешанный формат',
    'Нужно ли вам обучение для работы наставником?': 'нет',
    'Готовы ли вы стать наставником в этом учебном году?': 'да',
    ...overrides,
  };
}

/** The consent form: giving (default) or withdrawing. */
export function consentAnswers(
  fullName: string,
  decision: 'Даю согласие' | 'Отзываю согласие' = 'Даю согласие',
  role = 'наставляемый',
): RespondentAnswers {
  return {
    'Фамилия, имя, отчество': fullName,
    'Адрес регистрации': 'г. Ставрополь, ул. Ленина, д. 1, кв. 2',
    'Документ, удостоверяющий личность': 'паспорт 0704 123456, выдан 01.02.2010 ОВД г. Ставрополя',
    'Вы участвуете как': role,
    'Ваше решение': decision,
  };
}

// ── A college spreadsheet with the add-on set up, forms linked and triggers installed ──

export const SHEET = {
  mentees: 'Банк наставляемых',
  mentors: 'Банк наставников',
  consents: 'Согласия',
  history: 'История анкет',
  journal: 'Журнал',
} as const;

/** The add-on's functions by the names Apps Script calls them, with the offline adapters. */
export function addonFunctions(workspace: OfflineWorkspace): Record<string, (...args: unknown[]) => unknown> {
  return {
    onOpen: (e) => onOpen(e as never, depsOf(workspace)),
    setupSystem: () => setupSystem(undefined, depsOf(workspace)),
    onFormSubmitted: (e) => onFormSubmitted(e as FormSubmitEvent, depsOf(workspace)),
    dailyMaintenance: (e) => dailyMaintenance(e, depsOf(workspace)),
    importResponses: () => importResponses(undefined, depsOf(workspace)),
    withdrawConsent: () => withdrawConsent(undefined, depsOf(workspace)),
  };
}

export class College {
  readonly person: Person;

  private constructor(
    readonly workspace: OfflineWorkspace,
    readonly spreadsheet: SpreadsheetApi,
    readonly forms: Record<QuestionnaireKey, string>,
  ) {
    this.person = new Person(workspace);
  }

  /** Opens the spreadsheet and runs «Настроить систему» as a curator would: forms, triggers, sheets. */
  static open(): College {
    const { workspace, spreadsheet } = openCollegeSpreadsheet();
    const functions = addonFunctions(workspace);
    workspace.useFunctions((name) => functions[name]);
    const person = new Person(workspace);
    person.openSpreadsheet();
    person.clickMenu('Настроить систему');
    const props = workspace.services.PropertiesService.getDocumentProperties()!;
    const stored = JSON.parse(props.getProperty(FORMS_PROPERTY)!) as Record<
      QuestionnaireKey,
      { formId: string }
    >;
    const ids = Object.fromEntries(Object.entries(stored).map(([key, ref]) => [key, ref.formId])) as Record<
      QuestionnaireKey,
      string
    >;
    return new College(workspace, spreadsheet, ids);
  }

  /** A teacher submits a form; the installable trigger runs the add-on (its failures are recorded, not thrown). */
  submit(
    form: QuestionnaireKey,
    answers: RespondentAnswers,
    email: string,
    at?: Date,
    options?: SubmitOptions,
  ): ReturnType<OfflineWorkspace['forms']['submitAsRespondent']> {
    return this.workspace.forms.submitAsRespondent(this.forms[form], answers, email, at, options);
  }

  /** A sheet's values (uncounted reads through the store would be nicer; these are outside measured spans). */
  values(sheet: string): CellValue[][] {
    return this.spreadsheet.getSheetByName(sheet)!.getDataRange().getValues() as CellValue[][];
  }

  /** Data rows of a sheet as objects by header. */
  rows(sheet: string): Array<Record<string, CellValue>> {
    const [headers, ...rows] = this.values(sheet);
    return rows
      .filter((r) => r.some((v) => v !== ''))
      .map((r) => Object.fromEntries(headers.map((h, i) => [String(h), r[i]])));
  }

  /** The bank row of one e-mail. */
  row(sheet: string, email: string): Record<string, CellValue> | undefined {
    return this.rows(sheet).find((r) => r['Эл. почта'] === email);
  }

  journal(): Array<Record<string, CellValue>> {
    return this.rows(SHEET.journal);
  }

  /** Journal rows that are not the set-up's own. */
  problems(): Array<Record<string, CellValue>> {
    return this.journal().filter((r) => r['Уровень'] !== 'сведения');
  }

  /** The response sheet of a form, found as the add-on finds it. */
  responseSheet(form: QuestionnaireKey) {
    return this.spreadsheet.getSheets().find((s) => s.getFormUrl()?.includes(this.forms[form]))!;
  }

  alerts(): string[] {
    return this.workspace.kernel.screen.filter((e) => e.kind === 'alert').map((e) => e.content);
  }

  /** Removes the form-submit trigger (triggers «were off»). */
  deleteSubmitTrigger(): void {
    const { ScriptApp } = this.workspace.services;
    for (const t of ScriptApp.getProjectTriggers())
      if (t.getHandlerFunction() === 'onFormSubmitted') ScriptApp.deleteTrigger(t);
  }

  /** Installs the form-submit trigger again (as «Настроить систему» does when it is missing). */
  installSubmitTrigger(): void {
    const { ScriptApp } = this.workspace.services;
    ScriptApp.newTrigger('onFormSubmitted').forSpreadsheet(this.spreadsheet).onFormSubmit().create();
  }

  /** Days pass; the daily trigger fires at about 03:00 each day. */
  waitDays(days: number): void {
    this.person.waitUntil(new Date(this.workspace.kernel.clock.now() + days * 86_400_000));
  }
}
