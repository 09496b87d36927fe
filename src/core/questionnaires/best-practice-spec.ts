import { PRACTICE_KINDS } from '../season/practices/columns';
import type { QuestionnaireSpec } from './spec';

/**
 * «Лучшая практика» (issue 6, item 5): a teacher proposes a practice for the «Методическая копилка».
 * The e-mail is collected by the form like every other form (the author's address, used to find their
 * pair and their consent). Titles are the response sheet's headers: the contract of
 * src/core/season/practices/process.ts.
 */
export const BEST_PRACTICE_FORM: QuestionnaireSpec = {
  key: 'bestPractice',
  title: 'Лучшая практика наставничества',
  description:
    'Поделитесь практикой, которая помогла в работе наставника и наставляемого: методической разработкой, ' +
    'открытым занятием, мастер-классом, кейсом или видеоматериалом. Практика попадёт в «Методическую ' +
    'копилку» колледжа; лучшие из них отбирает круглый стол по итогам года. Обработка ответа возможна ' +
    'только при согласии на обработку персональных данных в системе наставничества.',
  confirmation: 'Спасибо! Практика отправлена в «Методическую копилку».',
  questions: [
    {
      key: 'authors',
      kind: 'text',
      title: 'ФИО автора (авторов)',
      help: 'Полностью; если авторов несколько — через запятую, например: Иванова Мария Петровна, Петров Иван Сергеевич.',
      required: true,
    },
    {
      key: 'title',
      kind: 'text',
      title: 'Название практики',
      required: true,
    },
    {
      key: 'kind',
      kind: 'choice',
      title: 'Вид практики',
      choices: PRACTICE_KINDS,
      required: true,
    },
    {
      key: 'pair',
      kind: 'text',
      title: '№ пары или группы',
      help: 'Номер из приказа о закреплении, например: 3. Можно не заполнять: пара найдётся по вашей эл. почте.',
      required: false,
    },
    {
      key: 'description',
      kind: 'paragraph',
      title: 'Краткое описание',
      help: 'В чём суть практики, кому и чем она помогла (3–5 предложений).',
      required: true,
    },
    {
      key: 'link',
      kind: 'text',
      title: 'Ссылка на материалы',
      help: 'Ссылка на файл или папку на Google Диске, видео или публикацию. Дайте доступ по ссылке для сотрудников колледжа.',
      required: false,
    },
  ],
};
