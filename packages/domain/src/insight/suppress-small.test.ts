import { countCell, formatCell, median, PRIVACY_MIN_PEOPLE, shareCell, statCell } from './suppress-small.js';

describe('countCell', () => {
  it.each([
    ['no people', 0, { value: null, suppressed: true }],
    ['four people', 4, { value: null, suppressed: true }],
    ['five people', 5, { value: 5, suppressed: false }],
    ['many people', 120, { value: 120, suppressed: false }],
  ])('should handle %s', (_name, people, cell) => {
    expect(countCell(people)).toEqual(cell);
  });

  it('should use the threshold of the equality report', () => {
    expect(PRIVACY_MIN_PEOPLE).toBe(5);
  });
});

describe('shareCell', () => {
  it.each([
    ['a small part of a large group', 3, 20, { value: null, suppressed: true }],
    ['a large part of a small group', 4, 4, { value: null, suppressed: true }],
    ['enough on both sides', 6, 8, { value: 0.75, suppressed: false }],
    ['rounded to three decimals', 5, 7, { value: 0.714, suppressed: false }],
  ])('should handle %s', (_name, part, whole, cell) => {
    expect(shareCell(part, whole)).toEqual(cell);
  });
});

describe('statCell', () => {
  it.each([
    ['a figure about enough people', 0.31234, 6, { value: 0.312, suppressed: false }],
    ['a figure about too few people', 12, 4, { value: null, suppressed: true }],
    ['no figure', null, 10, { value: null, suppressed: true }],
    ['an impossible figure', Number.NaN, 10, { value: null, suppressed: true }],
  ])('should handle %s', (_name, value, people, cell) => {
    expect(statCell(value, people)).toEqual(cell);
  });
});

describe('formatCell', () => {
  it.each([
    ['a suppressed cell', countCell(2), 'count', 'nl', '< 5'],
    ['a count', countCell(12), 'count', 'nl', '12'],
    ['a share in Dutch', shareCell(6, 8), 'share', 'nl', '75 %'],
    ['a share in English', shareCell(6, 8), 'share', 'en', '75%'],
    ['days in Dutch', statCell(9.55, 6), 'days', 'nl', '9,6 dagen'],
    ['one day in Dutch', statCell(1, 6), 'days', 'nl', '1 dag'],
    ['days in English', statCell(9.5, 6), 'days', 'en', '9.5 days'],
    ['one day in English', statCell(1, 6), 'days', 'en', '1 day'],
    ['a decimal in Dutch', statCell(0.4167, 6), 'decimal', 'nl', '0,42'],
    ['a decimal in English', statCell(0.4167, 6), 'decimal', 'en', '0.42'],
  ] as const)('should format %s', (_name, cell, unit, lang, text) => {
    expect(formatCell(cell, unit, lang)).toBe(text);
  });
});

describe('median', () => {
  it.each([
    ['nothing', [], null],
    ['one value', [4], 4],
    ['an odd count, unsorted', [9, 1, 5], 5],
    ['an even count', [1, 2, 10, 40], 6],
  ])('should take the median of %s', (_name, values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
