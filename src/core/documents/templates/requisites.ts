import { Block, line, signature, small, table, text, title } from './blocks';

/**
 * The requisites of ГОСТ Р 7.0.97-2016 shared by the templates: the organisation's name (requisite 08),
 * the document kind (10), date (11) and number (12), the place (14), the title to the text (17), the
 * approval stamp (21), the signature (22) and the acquaintance marks (26). Every value comes from
 * «Настройки» or the order register through a placeholder, never hard-coded.
 */

/** The organisation's full name, centred in bold, as the first lines of a document. */
export function organisationHeader(): Block[] {
  return [line('{{организация.наименование}}', 'center', true), line('')];
}

/** «ПРИКАЗ», the date and number line, the place and the title «О …» in bold (ГОСТ Р 7.0.97, 5.10–5.17). */
export function orderHeading(subject: string): Block[] {
  return [
    ...organisationHeader(),
    title('ПРИКАЗ'),
    line(''),
    line('{{приказ.дата|дата}} № {{приказ.номер}}', 'center'),
    line('г. {{организация.город}}', 'center'),
    line(''),
    line(subject, 'left', true),
    line(''),
  ];
}

/**
 * The approval stamp in the top right corner (ГОСТ Р 7.0.97, 5.21): a document approved by an order
 * («УТВЕРЖДЕНО приказом … от … № …»). The word is «УТВЕРЖДЕНО», «УТВЕРЖДЕНА» or «УТВЕРЖДЁН» after the
 * document's gender.
 */
export function approvalStamp(word: string, annex?: string): Block[] {
  return [
    ...(annex ? [small(annex, 'right')] : []),
    small(word, 'right'),
    small('приказом {{организация.сокращённо}}', 'right'),
    small('от {{приказ.дата|дата}} № {{приказ.номер}}', 'right'),
    line(''),
  ];
}

/** «УТВЕРЖДАЮ» signed by the director personally (ГОСТ Р 7.0.97, 5.21, the first form). */
export function directorApproval(): Block[] {
  return [
    signature('УТВЕРЖДАЮ', 'right'),
    signature('{{руководитель.должность}}', 'right'),
    signature('{{организация.сокращённо}}', 'right'),
    signature('____________ {{руководитель.фио|инициалы_впереди}}', 'right'),
    signature('{{приказ.дата|дата}}', 'right'),
    line(''),
  ];
}

/** The director's signature: position, a blank for the handwritten signature, «И.О. Фамилия». */
export function directorSignature(): Block[] {
  return [
    line(''),
    signature(
      '{{руководитель.должность}}            ____________            {{руководитель.фио|инициалы_впереди}}',
    ),
    line(''),
  ];
}

/** «Проект вносит» / acquaintance of one named person (the curator under an order on local acts). */
export function acquaintanceLine(who: string): Block[] {
  return [
    signature('С приказом ознакомлен(а):'),
    signature(`____________ ${who}            «____» ____________ 20____ г.`),
  ];
}

/**
 * «С приказом ознакомлены:» as a table with a repeated row over `list` (ГОСТ Р 7.0.97, 5.26: the
 * signature, its transcript and the date). `item` is the list's item name; it must have фио and
 * должность. No «№» column: the list's items carry no number.
 */
export function acquaintanceTable(list: string, item: string): Block[] {
  return [
    signature('С приказом ознакомлены:'),
    table(
      ['ФИО', 'Должность', 'Подпись', 'Дата'],
      [`{{#каждый ${list} как ${item}}}{{${item}.фио|инициалы}}`, `{{${item}.должность}}`, '', ''],
    ),
  ];
}

/** A note at the foot of an order: who prepared it (ГОСТ Р 7.0.97, 5.27, «исполнитель»). */
export function preparedBy(): Block[] {
  return [small('Исполнитель: {{куратор.фио|инициалы_впереди}}, куратор системы наставничества')];
}

/** Justified running text after «ПРИКАЗЫВАЮ:». */
export function orderText(...lines: string[]): Block[] {
  return lines.map((l) => text(l));
}
