import { answersByTitle } from '../core/season/monitoring-fixture';
import { PAIRS, menteeEmail, rowsOf } from './matching-fixture';
import { consentAnswers } from './pipeline-fixture';
import { addEvent, createInvitationsFromMenu, seasonCollege } from './season-fixture';

/**
 * 152-ФЗ ст. 21 ч. 5 across stages 4–7: thirty days after a teacher withdraws the consent to processing,
 * nothing the later stages wrote may still name her — not the pairs, the attendance list, the best
 * practices, the monitoring answers, nor the response sheets of the stage 6–7 forms.
 */

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

it('a withdrawn mentee is anonymised in every sheet of stages 4–7 and in every form’s responses', () => {
  const college = seasonCollege(3, 2);
  // Mentee 2: her name is nobody else’s in the fixture (mentor 0 and mentee 0 share one).
  const email = menteeEmail(2);
  const name = String(college.row('Банк наставляемых', email)!['ФИО']);
  const [surname, first, patronymic] = name.split(' ');
  const shortForm = `${surname} ${first![0]}.${patronymic![0]}.`;
  const inPairs = () => JSON.stringify(rowsOf(college, PAIRS));
  expect(inPairs()).toContain(name);

  addEvent(college, {
    kind: 'консультация',
    title: 'Консультация по программам',
    start: '15.09.2026 15:00',
    participants: 'все',
  });
  createInvitationsFromMenu(college);
  const monitoring = answersByTitle({
    at: new Date(2026, 8, 2, 10, 0),
    email,
    name,
    role: 'наставляемый',
    phase: 'начало программы',
    effectiveness: 8,
    others: 7,
    frequency: 'еженедельно',
    flags: ['да', 'да', 'нет', 'да'],
    valuable: `Я, ${name}, благодарна наставнику`,
  });
  college.submit('monitoring', monitoring, email);
  college.submit(
    'bestPractice',
    {
      // Her co-author stays; she is written the short way, as colleagues type co-authors.
      'ФИО автора (авторов)': `Громова Татьяна Ивановна, ${shortForm}`,
      'Название практики': 'Кейс-урок по ФГОС',
      'Вид практики': 'открытое занятие',
      'Краткое описание': 'Открытое занятие с разбором кейсов.',
      'Ссылка на материалы': 'https://drive.google.com/file/d/practice-0001/view',
    },
    email,
  );
  const everything = () =>
    college.spreadsheet
      .getSheets()
      .map((s) => `${s.getName()}: ${JSON.stringify(s.getDataRange().getValues())}`)
      .join('\n');
  // Before the withdrawal she is on the attendance list, in the collection and among the answers.
  for (const sheet of [
    'Посещаемость',
    'Методическая копилка',
    'Ответы: мониторинг',
    'Ответы: лучшие практики',
  ])
    expect(
      everything()
        .split('\n')
        .find((l) => l.startsWith(`${sheet}:`)),
    ).toContain(email);

  college.submit('consent', consentAnswers(name, 'Отзываю согласие'), email);
  college.waitDays(31);

  const after = everything();
  expect(after).not.toContain(email);
  expect(after).not.toContain(name);
  expect(after).not.toContain(shortForm);
  // The practice itself stays: it is the college's; only she is gone from its authors, not her co-author.
  expect(after).toContain('Кейс-урок по ФГОС');
  const practice = college.rows('Методическая копилка')[0]!;
  expect(String(practice['Авторы'])).toMatch(/^Громова Татьяна Ивановна, Участник-[0-9a-f]{6}$/);
  // The journal says where her data were.
  const anonymised = college.journal().find((r) => r['Код'] === 'PERSONAL_DATA_ANONYMISED');
  expect(String(anonymised?.['Сообщение'])).toContain('Методическая копилка');
});
