import { cleanTypedText, cleanTypedValues, hasForbiddenCharacter } from './typed-text.js';

describe('hasForbiddenCharacter', () => {
  it.each([
    ['NUL', 'null\u0000byte'],
    ['a bell', 'bel\u0007'],
    ['a vertical tab', 'regel\u000bregel'],
    ['DEL', 'x\u007f'],
    ['a lone high surrogate', 'half \ud800 paar'],
    ['a lone low surrogate at the start', '\udc00 begin'],
    ['a high surrogate at the end', 'einde \ud83d'],
  ])('should find %s', (_what, text) => {
    expect(hasForbiddenCharacter(text)).toBe(true);
  });

  it.each([
    ['plain Dutch', 'Ik herken dit, écht.'],
    ['tabs and line breaks', 'een\tregel\r\nen nog een\n'],
    ['emoji (surrogate pairs)', 'samen 😊👍🏽'],
    ['right-to-left and zero-width marks', '\u202eRTL zero\u200bwidth'],
    ['empty text', ''],
  ])('should accept %s', (_what, text) => {
    expect(hasForbiddenCharacter(text)).toBe(false);
  });
});

describe('cleanTypedText', () => {
  it('should turn a vertical tab and a form feed into line breaks', () => {
    expect(cleanTypedText('regel een\u000bregel twee\u000cdrie')).toBe('regel een\nregel twee\ndrie');
  });

  it('should drop other control characters and lone surrogates, and keep pairs, tabs and newlines', () => {
    expect(cleanTypedText('a\u0000b\u0007c\u007f\td\n\ud800e😊\udc00')).toBe('abc\td\ne😊');
  });

  it('should leave clean text as it is', () => {
    const text = 'Vandaag was zwaar.\n\nMaar ik ben er. 🌱';
    expect(cleanTypedText(text)).toBe(text);
  });

  it('should always give text without forbidden characters', () => {
    for (let code = 0; code < 0x80; code++) {
      const text = `x${String.fromCharCode(code)}y\ud800\udfff\udbff`;
      expect(hasForbiddenCharacter(cleanTypedText(text))).toBe(false);
    }
  });
});

describe('cleanTypedValues', () => {
  it('should clean every string of a nested payload and keep the rest', () => {
    const payload = {
      body: 'a\u0000b',
      tags: ['c\u000bd', 3],
      nested: { ok: true, title: '\ud800t' },
      none: null,
    };
    expect(cleanTypedValues(payload)).toEqual({
      body: 'ab',
      tags: ['c\nd', 3],
      nested: { ok: true, title: 't' },
      none: null,
    });
    expect(payload.body).toBe('a\u0000b');
  });
});
