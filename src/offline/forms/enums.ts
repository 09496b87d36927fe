/**
 * FormApp's enums. In Apps Script an enum value prints as its name (`String(FormApp.ItemType.TEXT)` is
 * `'TEXT'`); offline each value is that name, cast to Google's enum type for the subset interface.
 */
function names<T>(...keys: string[]): T {
  return Object.freeze(Object.fromEntries(keys.map((k) => [k, k]))) as unknown as T;
}

export const ItemType = names<typeof GoogleAppsScript.Forms.ItemType>(
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
  'FILE_UPLOAD',
);

export const DestinationType = names<typeof GoogleAppsScript.Forms.DestinationType>('SPREADSHEET');

export const Alignment = names<typeof GoogleAppsScript.Forms.Alignment>('LEFT', 'CENTER', 'RIGHT');

export { names as enumOfNames };
