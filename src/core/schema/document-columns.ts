/**
 * Columns documents add to «Пары и группы» (issue 5, decision 6): links to the generated programme and
 * to the mentor's written consent (ТК РФ ст. 351.8). The order's number and date go to the existing
 * column «Приказ (номер и дата)». Found by header, like every column.
 */
export const PAIRS_DOCUMENT_COLUMNS = {
  programme: 'Программа',
  mentorConsent: 'Согласие наставника',
} as const;
