/**
 * «Методическая копилка» (issue 6, item 5): one row per best practice a teacher proposed through the
 * form «Лучшая практика». The add-on appends rows; staff edit status, «Лучшая практика» and the note.
 * Found by header, like every column.
 */
export const PRACTICES_SHEET = 'Методическая копилка';

export const PRACTICE_COLUMNS = {
  id: '№',
  title: 'Название',
  authors: 'Авторы',
  email: 'Эл. почта автора',
  pair: 'Пара/группа',
  kind: 'Вид',
  link: 'Ссылка',
  date: 'Дата',
  status: 'Статус',
  best: 'Лучшая практика',
  note: 'Примечание',
  key: 'Ключ ответа',
} as const;

/** A practice's way from the form to the website: proposed by its author, approved, published. */
export const PRACTICE_STATUS = {
  proposed: 'предложена',
  approved: 'одобрена',
  published: 'опубликована',
} as const;

export const PRACTICE_STATUS_LIST: readonly string[] = Object.values(PRACTICE_STATUS);

/** «Лучшая практика»: 'да' when the round table chose it. */
export const BEST_PRACTICE_MARK = 'да';

/** The kinds the form offers (its choice list, and what «Вид» shows). */
export const PRACTICE_KINDS: readonly string[] = [
  'методическая разработка',
  'открытое занятие',
  'мастер-класс',
  'кейс',
  'видеоматериал',
  'другое',
];

/** Columns that hold values rather than typed text: the date the practice was proposed. */
export const PRACTICE_VALUE_COLUMNS: readonly string[] = [PRACTICE_COLUMNS.date];

/** The prefix of a practice's number: «К-1», «К-2»… */
export const PRACTICE_ID_PREFIX = 'К-';
