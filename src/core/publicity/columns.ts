/**
 * The «Публикации» sheet (issue 7, item 2): one row per draft and channel. The headers are the contract
 * between helpers (the road map counts publications per stage by them): change them only with a migration.
 */
export const PUBLICATIONS_SHEET = 'Публикации';

export const PUBLICATION_COLUMNS = {
  id: '№',
  source: 'Источник',
  stage: 'Этап дорожной карты',
  channel: 'Канал',
  title: 'Заголовок',
  status: 'Статус',
  link: 'Ссылка',
  date: 'Дата',
  named: 'Названы',
  unnamed: 'Без имени (нет согласия)',
  sourceKey: 'Ключ источника',
  note: 'Примечание',
} as const;

/** A draft's life: staff move it on by hand once the text is agreed and once it is on the site. */
export const PUBLICATION_STATUS = {
  draft: 'черновик',
  agreed: 'согласовано',
  published: 'опубликовано',
} as const;
export type PublicationStatus = (typeof PUBLICATION_STATUS)[keyof typeof PUBLICATION_STATUS];

/** Where a draft is meant to appear: the college's website, or its pages in social networks. */
/** A status as staff typed it: «опубликована», «Согласовано » and the like read as the status they mean. */
export type PublicationStatusKind = 'draft' | 'agreed' | 'published' | 'other';

export function publicationStatusKind(status: string): PublicationStatusKind {
  const s = status.replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е');
  if (s === '' || s.startsWith('чернов')) return 'draft';
  if (s.startsWith('соглас')) return 'agreed';
  if (s.startsWith('опубл')) return 'published';
  return 'other';
}

export const PUBLICATION_CHANNELS = { site: 'сайт', social: 'соцсети' } as const;
export type PublicationChannel = (typeof PUBLICATION_CHANNELS)[keyof typeof PUBLICATION_CHANNELS];

/** Columns holding values (a number, a date); every other column is plain text. */
export const PUBLICATION_VALUE_COLUMNS: readonly string[] = [
  PUBLICATION_COLUMNS.id,
  PUBLICATION_COLUMNS.stage,
  PUBLICATION_COLUMNS.date,
];
