import {
  compareNames,
  fixLatinLookalikes,
  isValidEmail,
  normalizeEmail,
  parseFullName,
  personKey,
  samePerson,
  sha256,
} from '../../src/core';

describe('ФИО as teachers type it', () => {
  it('splits and capitalises a name typed in any case, with extra spaces', () => {
    const n = parseFullName('  иВАНОВА   мария  петровна ');
    expect(n).toMatchObject({
      surname: 'Иванова',
      name: 'Мария',
      patronymic: 'Петровна',
      full: 'Иванова Мария Петровна',
    });
    expect(n.notes).toEqual([]);
  });

  it('capitalises each part of a hyphenated surname and keeps ё', () => {
    expect(parseFullName('римская-корсакова алёна фёдоровна').full).toBe('Римская-Корсакова Алёна Фёдоровна');
  });

  it('keeps «оглы» and «кызы» in lower case as part of the patronymic', () => {
    const n = parseFullName('МАМЕДОВ РАШИД ИЛЬХАМ ОГЛЫ');
    expect(n).toMatchObject({ surname: 'Мамедов', name: 'Рашид', patronymic: 'Ильхам оглы' });
    expect(n.notes).toEqual([]);
    expect(parseFullName('алиева лейла рашид кызы').patronymic).toBe('Рашид кызы');
  });

  it('replaces Latin look-alike letters inside Cyrillic words and names the word in a note', () => {
    const n = parseFullName('Ивaнoва Mария Пeтровна');
    expect(n.full).toBe('Иванова Мария Петровна');
    expect(n.full).not.toMatch(/[A-Za-z]/);
    expect(n.notes).toHaveLength(3);
    expect(n.notes[0]).toContain('«Ивaнoва»');
  });

  it('fixes a word made only of look-alikes when the rest of the text is Cyrillic, but leaves a Latin name alone', () => {
    expect(fixLatinLookalikes('Петров Ton').text).toBe('Петров Ton'); // «n» has no Cyrillic twin
    expect(fixLatinLookalikes('Петров TOM').text).toBe('Петров ТОМ');
    expect(fixLatinLookalikes('John Smith').text).toBe('John Smith');
    expect(fixLatinLookalikes('Ёлкина Ëлена').text).toBe('Ёлкина Ёлена');
  });

  it('reorders «Имя Отчество Фамилия» and says so', () => {
    const n = parseFullName('Мария Петровна Иванова');
    expect(n.full).toBe('Иванова Мария Петровна');
    expect(n.notes.join()).toContain('порядке');
  });

  it('notes an incomplete name', () => {
    expect(parseFullName('Иванова').notes.join()).toContain('неполное');
  });
});

describe('e-mail as the key of a person', () => {
  it('treats case, spaces, no-break spaces and zero-width characters as the same address', () => {
    const variants = [
      'Ivanova@College.RU',
      ' ivanova@college.ru ',
      'ivanova@college.ru\u00a0',
      '\u200bivanova@college.ru\ufeff',
    ];
    for (const v of variants) expect(personKey(v)).toBe('ivanova@college.ru');
    expect(normalizeEmail('mailto:Ivanova@college.ru')).toBe('ivanova@college.ru');
  });

  it('accepts ordinary and .рф addresses and rejects malformed ones', () => {
    for (const ok of ['a.b+c@mail.ru', 'x_y@sub.college.edu.ru', 'ivan@колледж.рф'])
      expect(isValidEmail(ok)).toBe(true);
    for (const bad of [
      '',
      'ivanova',
      'ivanova@',
      '@college.ru',
      'a..b@mail.ru',
      'a@b',
      'a b@mail.ru',
      '.a@mail.ru',
    ])
      expect(isValidEmail(normalizeEmail(bad) === bad.toLowerCase() ? bad : bad)).toBe(false);
  });
});

describe('same person?', () => {
  it('matches names after normalisation; a missing patronymic on one side is no difference', () => {
    expect(samePerson('Иванова Мария Петровна', 'ИВАНОВА мария')).toBe(true);
    expect(samePerson('Ёлкина Алёна', 'Елкина Алена Ивановна')).toBe(true);
    expect(samePerson('Ивaнова Мария', 'Иванова Мария')).toBe(true);
    expect(samePerson('Иванова М.П.', 'Иванова Мария Петровна')).toBe(true);
  });

  it('tells different people apart', () => {
    expect(compareNames('Иванова Мария Петровна', 'Петров Иван Сергеевич')).toBe('different');
    expect(compareNames('Иванов Иван', 'Иванов Пётр')).toBe('different');
    expect(compareNames('Иванова Мария Петровна', 'Иванова Мария Ивановна')).toBe('different');
  });

  it('sees a changed surname with the same name and patronymic as the same person who married', () => {
    expect(compareNames('Иванова Мария Петровна', 'Смирнова Мария Петровна')).toBe('surnameChanged');
    expect(compareNames('Иванова Мария', 'Смирнова Мария')).toBe('different');
  });
});

describe('hashes', () => {
  it('computes SHA-256 as FIPS 180-4 specifies', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
