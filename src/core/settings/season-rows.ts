/**
 * Rows of «Настройки» for stage 6's materials (issue 6, item 2): links to the Drive folders «Методические
 * материалы» and «Методическая копилка» that «Настроить систему» makes under «Наставничество». Set-up
 * writes the value (the folder's address) whenever it differs, so a folder made anew after it was
 * trashed is linked again; the other rows staff edited are never touched.
 */
export const FOLDER_SETTINGS = {
  materials: 'folders.materials',
  practices: 'folders.practices',
} as const;

export const SEASON_SETTING_ROWS = [
  {
    key: FOLDER_SETTINGS.materials,
    label: 'Папка «Методические материалы»',
    defaultValue: '',
    explanation:
      'Ссылку записывает «Настроить систему». Материалы для обучения наставников: памятки, презентации ' +
      'установочных сессий, записи консультаций.',
  },
  {
    key: FOLDER_SETTINGS.practices,
    label: 'Папка «Методическая копилка»',
    defaultValue: '',
    explanation:
      'Ссылку записывает «Настроить систему». Материалы практик из листа «Методическая копилка», ' +
      'одобренных для публикации.',
  },
];

/** A Drive folder's address as Drive gives it (Folder.getUrl()). */
export const folderUrl = (id: string): string => `https://drive.google.com/drive/folders/${id}`;
