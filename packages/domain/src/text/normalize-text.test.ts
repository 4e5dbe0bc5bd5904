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
