import {
  declineName,
  genderOfPatronymic,
  inflectFullName,
  initialsAfter,
  initialsBefore,
  nameValue,
  parseManualForms,
} from '../../../src/core';

describe('склонение ФИО (inflectFullName на lvovich)', () => {
  it.each([
    ['Петров Иван Сергеевич', 'genitive', 'Петрова Ивана Сергеевича'],
    ['Петров Иван Сергеевич', 'dative', 'Петрову Ивану Сергеевичу'],
    ['Петров Иван Сергеевич', 'accusative', 'Петрова Ивана Сергеевича'],
    ['Петров Иван Сергеевич', 'instrumental', 'Петровым Иваном Сергеевичем'],
    ['Иванова Мария Петровна', 'genitive', 'Ивановой Марии Петровны'],
    ['Иванова Мария Петровна', 'dative', 'Ивановой Марии Петровне'],
    ['Иванова Мария Петровна', 'accusative', 'Иванову Марию Петровну'],
    ['Иванова Мария Петровна', 'instrumental', 'Ивановой Марией Петровной'],
  ] as const)('%s в падеже %s → %s', (name, grammaticalCase, expected) => {
    expect(inflectFullName(name, grammaticalCase)).toBe(expected);
  });

  it('двойная фамилия склоняется по частям: Римский-Корсаков, Иванова-Петрова', () => {
    expect(inflectFullName('Римский-Корсаков Николай Андреевич', 'genitive')).toBe(
      'Римского-Корсакова Николая Андреевича',
    );
    expect(inflectFullName('Иванова-Петрова Анна Сергеевна', 'dative')).toBe(
      'Ивановой-Петровой Анне Сергеевне',
    );
  });

  it('«оглы» и «кызы» определяют пол и сами не склоняются', () => {
    expect(inflectFullName('Алиев Мамед Ильхам оглы', 'instrumental')).toBe('Алиевым Мамедом Ильхам оглы');
    expect(inflectFullName('Гасанова Лейла Ильхам кызы', 'genitive')).toBe('Гасановой Лейлы Ильхам кызы');
    expect(genderOfPatronymic('Алиев Мамед Ильхам оглы')).toBe('male');
    expect(genderOfPatronymic('Гасанова Лейла Ильхам кызы')).toBe('female');
  });

  it('без отчества склоняются фамилия и имя', () => {
    expect(inflectFullName('Смирнова Ольга', 'dative')).toBe('Смирновой Ольге');
  });

  it('ввод в любом регистре сначала приводится к «Фамилия Имя Отчество»', () => {
    expect(inflectFullName('  петрова   АННА сергеевна ', 'dative')).toBe('Петровой Анне Сергеевне');
  });

  it('ё сохраняется', () => {
    expect(inflectFullName('Фёдорова Алёна Сергеевна', 'genitive')).toBe('Фёдоровой Алёны Сергеевны');
  });

  it('неоднозначное имя без отчества склоняется по явно указанному полу', () => {
    // «Шевчук Саша»: ни фамилия, ни имя не говорят о поле; мужская фамилия на согласный склоняется, женская — нет.
    expect(inflectFullName('Шевчук Саша', 'dative', 'male')).toBe('Шевчуку Саше');
    expect(inflectFullName('Шевчук Саша', 'dative', 'female')).toBe('Шевчук Саше');
  });

  it('явно указанный пол важнее отчества', () => {
    expect(inflectFullName('Шевчук Александр', 'genitive', 'male')).toBe('Шевчука Александра');
  });
});

describe('инициалы', () => {
  it('«Петров И.С.» в тексте и «С.В. Лукьяненко» в подписи', () => {
    expect(initialsAfter('Петров Иван Сергеевич')).toBe('Петров И.С.');
    expect(initialsBefore('Лукьяненко Светлана Викторовна')).toBe('С.В. Лукьяненко');
  });

  it('без отчества — один инициал; «Ильхам оглы» даёт инициал отца', () => {
    expect(initialsAfter('Смирнова Ольга')).toBe('Смирнова О.');
    expect(initialsAfter('Алиев Мамед Ильхам оглы')).toBe('Алиев М.И.');
  });
});

describe('ФИО в падежах (вручную)', () => {
  it('разбирает «р: …; д: …; в: …; т: …» и называет непонятые части', () => {
    const parsed = parseManualForms(
      'р: Петровой Анны Сергеевны; Д: Петровой Анне Сергеевне;\nвин: Петрову Анну Сергеевну; т: Петровой Анной Сергеевной; х: что-то',
    );
    expect(parsed.forms).toEqual({
      genitive: 'Петровой Анны Сергеевны',
      dative: 'Петровой Анне Сергеевне',
      accusative: 'Петрову Анну Сергеевну',
      instrumental: 'Петровой Анной Сергеевной',
    });
    expect(parsed.problems).toEqual(['х: что-то']);
  });

  it('ручная форма побеждает библиотеку, остальные падежи — из библиотеки', () => {
    const name = nameValue('Петрова Анна Сергеевна', undefined, { dative: 'Петровой Ане Сергеевне' });
    expect(declineName(name, 'dative')).toBe('Петровой Ане Сергеевне');
    expect(declineName(name, 'genitive')).toBe('Петровой Анны Сергеевны');
    expect(declineName(name, 'nominative')).toBe('Петрова Анна Сергеевна');
  });
});
