/**
 * The rows of «Настройки» for stage 7 (issue 7): the operator's requisites and the exact web resources
 * the consent to publication names (приказ Роскомнадзора от 24.02.2021 № 18), the version and term of
 * that consent, and the hashtags of social posts. Read by publicationConsentText and the draft builders.
 */
export const PUBLICITY_SETTING_ROWS = [
  {
    key: 'organization.inn',
    label: 'ИНН организации',
    defaultValue: '',
    explanation: 'Печатается в согласии на распространение персональных данных (приказ Роскомнадзора № 18).',
  },
  {
    key: 'organization.ogrn',
    label: 'ОГРН организации',
    defaultValue: '',
    explanation: 'Печатается в согласии на распространение персональных данных (приказ Роскомнадзора № 18).',
  },
  {
    key: 'publicity.resources',
    label: 'Сайт и страницы колледжа в соцсетях',
    defaultValue: '',
    explanation:
      'По одному адресу в строке (Alt+Enter — новая строка в ячейке), полностью, с https://. Первая строка — ' +
      'сайт колледжа: на него ссылаются публикации. Согласие на распространение перечисляет именно эти ' +
      'ресурсы; после изменения увеличьте версию согласия и выполните «Настроить систему».',
  },
  {
    key: 'publicity.consentVersion',
    label: 'Версия текста согласия на распространение',
    defaultValue: '1',
    explanation:
      'Записывается в реестр «Согласия» с каждым решением. Увеличьте, когда меняете реквизиты, адреса ' +
      'ресурсов или срок, и выполните «Настроить систему», чтобы обновить форму.',
  },
  {
    key: 'publicity.consentTermYears',
    label: 'Срок действия согласия на распространение, лет',
    defaultValue: '3',
    explanation:
      'Указывается в тексте согласия; согласие действует, пока не отозвано, но не дольше этого срока.',
  },
  {
    key: 'publicity.hashtags',
    label: 'Хештеги постов для соцсетей',
    defaultValue: '#наставничество #педагоги #колледж',
    explanation: 'Через пробел; добавляются в конец каждого поста для соцсетей.',
  },
];
