import fc from 'fast-check';
import { normalizeText, originalSlice } from './normalize-text.js';

describe('normalizeText', () => {
  it.each([
    ['lower-cases and strips diacritics', 'Patiënt Hiërarchie Café', 'patient hierarchie cafe'],
    ['turns clause punctuation into a break token', 'Dat herken ik! Echt, zo.', 'dat herken ik . echt . zo'],
    ['keeps decimal separators between digits', 'Om 14.00 uur, 1,5 uur', 'om 14 00 uur . 1 5 uur'],
    ['straightens curly apostrophes', 'I’m here, m‘n vriend', "i'm here . m'n vriend"],
    ['shortens stretched letters to two', 'zooo herkenbaaaar, heeeel erg', 'zoo herkenbaar . heel erg'],
    ['drops emoji and symbols', 'top 👍🏽 #samen', 'top samen'],
    ['splits on hyphens and slashes', '113-lijn en/of zelf-zorg', '113 lijn en of zelf zorg'],
    ['expands ligatures', 'ĳs', 'ijs'],
    ['trims leading and trailing breaks', '...hallo!!!', 'hallo'],
    ['handles empty text', '', ''],
  ])('should normalise when %s', (_scenario, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('should map every normalised character back to the original text', () => {
    const original = 'Ik voel me NIET alleen 😊 meer, écht.';
    const n = normalizeText(original);
    expect(n.starts).toHaveLength(n.text.length);
    const start = n.text.indexOf('niet alleen');
    expect(originalSlice(n, start, start + 'niet alleen'.length)).toBe('niet alleen');
    const e = n.text.indexOf('echt');
    expect(originalSlice(n, e, e + 4)).toBe('écht');
  });

  it('should keep offsets right for characters outside the basic plane', () => {
    const n = normalizeText('𝐇𝐨𝐨𝐩 𠀀 hoop');
    const at = n.text.lastIndexOf('hoop');
    expect(originalSlice(n, at, at + 4)).toBe('hoop');
  });

  it('should return an empty slice for an empty or invalid range', () => {
    const n = normalizeText('abc');
    expect(originalSlice(n, 2, 2)).toBe('');
    expect(originalSlice(n, 5, 9)).toBe('');
  });
});

// The character-by-character implementation that normalizeText replaced (by character code, with the
// last results kept): the reference its outputs must equal.
function referenceNormalize(original: string): { text: string; starts: number[]; ends: number[] } {
  const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '`', '\u00b4']);
  const CLAUSE = new Set([
    '.',
    ',',
    ';',
    ':',
    '!',
    '?',
    '(',
    ')',
    '[',
    ']',
    '"',
    '\u201c',
    '\u201d',
    '\u2026',
  ]);
  const fold = (char: string): string =>
    Array.from(char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase())
      .filter((c) => /[\p{L}\p{N}]/u.test(c))
      .join('');
  const chars = Array.from(original);
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  const push = (out: string, from: number, to: number): void => {
    for (let k = 0; k < out.length; k++) {
      starts.push(from);
      ends.push(to);
    }
    text += out;
  };
  const lastChar = (): string => text.charAt(text.length - 1);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    const from = offset;
    const to = offset + char.length;
    offset = to;
    if (APOSTROPHES.has(char)) {
      if (lastChar() !== "'") push("'", from, to);
      continue;
    }
    if (CLAUSE.has(char)) {
      if (text.length === 0) continue;
      const betweenDigits = /\d/.test(chars[i - 1] ?? '') && /\d/.test(chars[i + 1] ?? '');
      for (const c of betweenDigits ? ' ' : ' . ') {
        if (c === ' ' && lastChar() === ' ') continue;
        if (c === '.' && text.endsWith('. ')) continue;
        push(c, from, to);
      }
      continue;
    }
    const folded = fold(char);
    if (folded.length === 0) {
      if (text.length > 0 && lastChar() !== ' ') push(' ', from, to);
      continue;
    }
    for (const c of folded) {
      const same =
        text.length >= 2 &&
        text.charCodeAt(text.length - 1) === c.charCodeAt(0) &&
        text.charCodeAt(text.length - 2) === c.charCodeAt(0);
      if (same && c.length === 1 && /\p{L}/u.test(c)) continue;
      push(c, from, to);
    }
  }
  while (text.length > 0 && (lastChar() === ' ' || lastChar() === '.')) {
    text = text.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return { text, starts, ends };
}

describe('normalizeText against the reference', () => {
  const odd = [...'aAzZ09 .,;:!?()[]"\'`´’‘“”…-_/#@\n\tøéÉßﬁĳİΣ😊👍🏽\u0301\ud800'];
  const pieces = fc.oneof(
    fc.constantFrom(...odd),
    fc.constantFrom('zooo', 'heeeel', '14.00', '1,5', 'Dat', 'niet', "m'n", 'ik wil', '...'),
  );

  it('should give the same text and offsets on any input', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const input = parts.join('');
        const { text, starts, ends } = normalizeText(input);
        expect({ text, starts, ends }).toEqual(referenceNormalize(input));
      }),
      { numRuns: 500 },
    );
  });

  it('should give the same result object for a text it normalised just before', () => {
    const a = normalizeText('Dat herken ik, echt');
    normalizeText('iets anders');
    expect(normalizeText('Dat herken ik, echt')).toBe(a);
  });
});
