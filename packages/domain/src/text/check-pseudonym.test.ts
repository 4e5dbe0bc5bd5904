import { describe, expect, it } from '@jest/globals';
import { checkPseudonym } from './check-pseudonym.js';

describe('checkPseudonym', () => {
  it.each([
    ['a plain name', 'Sanne'],
    ['a name with an emoji at the end', 'Zonnebloem 🌻'],
    ['an emoji first', '🌻 Zon'],
    ['a skin tone and a ZWJ sequence', 'Kees 👋🏽 🧑‍🤝‍🧑'],
    ['a flag', 'Noor 🇳🇱'],
    ['an emoji with a variation selector', 'Hart ❤️'],
    ['a keycap', 'Nummer 1️⃣'],
    ['Arabic', 'نور'],
    ['a decomposed accent (combining mark)', 'Zoe\u0301'],
    ['Devanagari with vowel signs', 'प्रिया'],
    ['joiners inside', "Jan-Willem d'Arc_2.0"],
  ])('should allow %s', (_case, name) => {
    expect(checkPseudonym(name)).toEqual({ ok: true });
  });

  it.each([
    ['a dollar sign', 'Sanne$', '$', 'U+0024'],
    ['an at sign in the middle', 'san@ne', '@', 'U+0040'],
    ['a zero-width space', 'San\u200bne', '\u200b', 'U+200B'],
    ['a right-to-left override', 'abc\u202edef', '\u202e', 'U+202E'],
    ['an exclamation mark', 'Hoi!x', '!', 'U+0021'],
    ['a zero-width joiner between letters', 'San\u200dne', '\u200d', 'U+200D'],
    ['a variation selector after a letter', 'Sa\ufe0fnne', '\ufe0f', 'U+FE0F'],
  ])('should refuse %s and name it', (_case, name, character, codePoint) => {
    expect(checkPseudonym(name)).toEqual({ ok: false, problem: 'character', character, codePoint });
  });

  it.each([
    ['too short', 'A'],
    ['too long', 'x'.repeat(33)],
  ])('should refuse a name %s', (_case, name) => {
    expect(checkPseudonym(name)).toMatchObject({ ok: false, problem: 'length', min: 2, max: 32 });
  });

  it('should refuse a joiner at the start or end, naming it', () => {
    expect(checkPseudonym('-Sanne')).toEqual({ ok: false, problem: 'edge', character: '-' });
    expect(checkPseudonym('Sanne.')).toEqual({ ok: false, problem: 'edge', character: '.' });
  });

  it('should want at least one letter or digit, so the name can be read and found', () => {
    expect(checkPseudonym('🌻🌻')).toEqual({ ok: false, problem: 'noLetter' });
  });
});
