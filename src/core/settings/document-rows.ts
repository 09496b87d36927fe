import { ROADMAP_STAGES } from '../documents/roadmap';

/**
 * The rows of «Настройки» for documents (issue 5): registers of orders, who is responsible for each
 * stage of the road map and by when, file names, the PDF copy, and the cases of the director's and
 * curator's names when the library gets them wrong. Read by templateData and the shell.
 */
export const DOCUMENT_SETTING_ROWS = [
  {
    key: 'organization.city',
    label: 'Место составления документов',
    defaultValue: '',
    explanation:
      'Город, как он печатается в приказах под заголовком (ГОСТ Р 7.0.97-2016), например: Северодвинск.',
  },
  {
    key: 'curator.position',
    label: 'Должность куратора',
    defaultValue: '',
    explanation: 'Как в приказе о назначении куратора, например: заместитель директора по учебной работе.',
  },
  {
    key: 'orders.registers',
    label: 'Регистры приказов',
    defaultValue: 'од: основная деятельность; лс: личный состав',
    explanation:
      'Через точку с запятой: индекс и название регистра. Номер приказа — порядковый номер в регистре за ' +
      'делопроизводственный год и индекс через дефис: 123-од.',
  },
  {
    key: 'director.nameCases',
    label: 'Руководитель: ФИО в падежах (вручную)',
    defaultValue: '',
    explanation:
      'Только если ФИО склоняется неверно. Например: р: Лукьяненко Светланы Викторовны; д: Лукьяненко ' +
      'Светлане Викторовне; в: …; т: ….',
  },
  {
    key: 'curator.nameCases',
    label: 'Куратор: ФИО в падежах (вручную)',
    defaultValue: '',
    explanation: 'Только если ФИО куратора склоняется неверно; формат как у руководителя.',
  },
  ...ROADMAP_STAGES.flatMap((stage, i) => [
    {
      key: `roadmap.stage${i + 1}.responsible`,
      label: `Дорожная карта, этап ${i + 1}: ответственный`,
      defaultValue: stage.responsible,
      explanation: `Этап «${stage.title}».`,
    },
    {
      key: `roadmap.stage${i + 1}.deadline`,
      label: `Дорожная карта, этап ${i + 1}: срок`,
      defaultValue: stage.deadline,
      explanation: 'Срок как он будет напечатан: месяц, период или «в течение года».',
    },
  ]),
  {
    key: 'documents.fileName.orderPairs',
    label: 'Имя файла: приказ о закреплении пар',
    defaultValue: '{{вид}} № {{приказ.номер}} от {{приказ.дата}}',
    explanation: 'Заполнители как в шаблонах; недопустимые в именах файлов символы удаляются.',
  },
  {
    key: 'documents.fileName.programme',
    label: 'Имя файла: программа наставничества',
    defaultValue: '{{вид}} — {{наставляемый.фио|инициалы}} — {{программа.номер}}',
    explanation: 'Заполнители как в шаблонах; например {{наставник.фио|инициалы}}, {{программа.начало}}.',
  },
  {
    key: 'documents.fileName.consentMentor',
    label: 'Имя файла: согласие наставника',
    defaultValue: '{{вид}} — {{наставник.фио|инициалы}}',
    explanation: 'Заполнители как в шаблонах.',
  },
  {
    key: 'documents.fileName.localActs',
    label: 'Имя файла: локальные акты',
    defaultValue: '{{вид}}',
    explanation:
      'Для приказа об утверждении положения, положения и дорожной карты; можно добавить {{приказ.номер}}.',
  },
  {
    key: 'documents.pdfCopy',
    label: 'Сохранять копию в PDF',
    defaultValue: 'нет',
    explanation: '«да» — рядом с каждым документом сохраняется его копия в PDF (для печати и рассылки).',
  },
];
