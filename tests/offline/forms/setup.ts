import type { FormApi } from '../../../src/gas/api/forms';
import { OfflineForms } from '../../../src/offline/forms';
import { Kernel, KernelOptions, ScriptFunction } from '../../../src/offline/runtime/kernel';
import { OfflineTriggers } from '../../../src/offline/script';
import { MemorySheetHost } from './memory-sheet-host';

/** 2026-11-25 14:03:11 in Moscow. */
export const SUBMITTED_AT = new Date(Date.UTC(2026, 10, 25, 11, 3, 11));

export function setup(options: KernelOptions = {}) {
  const kernel = new Kernel({ start: new Date(Date.UTC(2026, 10, 25, 6, 0, 0)), ...options });
  const triggers = new OfflineTriggers(kernel);
  const host = new MemorySheetHost();
  host.addSpreadsheet('SS1');
  host.addSpreadsheet('SS2');
  const forms = new OfflineForms(kernel, triggers, host);
  triggers.sources = { spreadsheet: (id) => host.spreadsheet(id), form: (id) => forms.formObject(id) };
  const fns: Record<string, ScriptFunction> = {};
  kernel.setFunctionResolver((name) => fns[name]);
  return { kernel, triggers, host, forms, FormApp: forms.app, ScriptApp: triggers.app, fns };
}

/** The mentee questionnaire in miniature: one question of every kind the add-on uses. */
export function buildQuestionnaire(FormApp: ReturnType<typeof setup>['FormApp']): FormApi {
  const form = FormApp.create('Анкета');
  form.setTitle('Анкета наставляемого').setCollectEmail(true);
  form.addTextItem().setTitle('ФИО').setRequired(true);
  form.addCheckboxItem().setTitle('Интересы').setChoiceValues(['Методика', 'Цифровые', 'Воспитание']);
  form.addGridItem().setTitle('Оценка').setRows(['Общение', 'Планирование']).setColumns(['1', '2', '3']);
  form.addScaleItem().setTitle('Готовность').setBounds(1, 5);
  form.addDateItem().setTitle('Дата начала');
  form
    .addMultipleChoiceItem()
    .setTitle('Форма')
    .setChoiceValues(['очная', 'дистанционная'])
    .showOtherOption(true);
  form.addCheckboxGridItem().setTitle('Дни').setRows(['Утро']).setColumns(['Пн', 'Вт']);
  form.addSectionHeaderItem().setTitle('Раздел');
  form.addParagraphTextItem().setTitle('Комментарий');
  return form;
}

export const FULL_ANSWERS = {
  ФИО: 'Иванова Анна Сергеевна',
  Интересы: ['Воспитание', 'Методика'],
  Оценка: { Общение: '3', Планирование: '2' },
  Готовность: '4',
  'Дата начала': '2026-12-01',
  Форма: 'очная',
  Дни: { Утро: ['Вт', 'Пн'] },
  Комментарий: '=1+1',
};
