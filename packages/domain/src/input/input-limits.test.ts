import {
  exceedsNestingDepth,
  MAX_INPUT_DEPTH,
  MAX_WHOLE_NUMBER,
  parseWholeNumberText,
} from './input-limits.js';

const nest = (depth: number, wrap: (inner: unknown) => unknown): unknown => {
  let v: unknown = 'kern';
  for (let i = 0; i < depth; i++) v = wrap(v);
  return v;
};

describe('exceedsNestingDepth', () => {
  it.each([
    ['a string', 'tekst', false],
    ['null', null, false],
    ['an empty object', {}, false],
    ['a flat body', { body: 'hoi', kind: 'message' }, false],
    ['objects exactly at the limit', nest(MAX_INPUT_DEPTH, (v) => ({ a: v })), false],
    ['arrays exactly at the limit', nest(MAX_INPUT_DEPTH, (v) => [v]), false],
    ['objects one past the limit', nest(MAX_INPUT_DEPTH + 1, (v) => ({ a: v })), true],
    ['arrays one past the limit', nest(MAX_INPUT_DEPTH + 1, (v) => [v]), true],
    ['mixed, deep in the last field', { a: 1, b: [{ c: nest(40, (v) => [v]) }] }, true],
    ['a long flat array', Array.from({ length: 10_000 }, (_, i) => ({ i })), false],
  ])('should answer %s with %s', (_what, value, expected) => {
    expect(exceedsNestingDepth(value)).toBe(expected);
  });

  it('should answer a value nested a million levels without overflowing the stack', () => {
    expect(exceedsNestingDepth(nest(1_000_000, (v) => [v]))).toBe(true);
  });

  it('should take a smaller limit when asked', () => {
    expect(exceedsNestingDepth({ a: { b: {} } }, 2)).toBe(true);
    expect(exceedsNestingDepth({ a: { b: 1 } }, 2)).toBe(false);
  });
});

describe('parseWholeNumberText', () => {
  it.each([
    ['zero', '0', 0],
    ['a sequence number', '42', 42],
    ['the largest safe integer', String(MAX_WHOLE_NUMBER), MAX_WHOLE_NUMBER],
  ])('should read %s', (_what, text, expected) => {
    expect(parseWholeNumberText(text)).toBe(expected);
  });

  it.each([
    ['exponent notation', '1e20'],
    ['one past the largest safe integer', '9007199254740992'],
    ['a number past bigint', '9223372036854775808'],
    ['thirty digits', '123456789012345678901234567890'],
    ['a negative number', '-1'],
    ['a decimal point', '1.0'],
    ['hexadecimal', '0x10'],
    ['surrounding spaces', ' 5'],
    ['empty text', ''],
    ['Infinity', 'Infinity'],
    ['NaN', 'NaN'],
  ])('should refuse %s', (_what, text) => {
    expect(parseWholeNumberText(text)).toBeNull();
  });

  it('should refuse what is past a smaller maximum', () => {
    expect(parseWholeNumberText('101', 100)).toBeNull();
    expect(parseWholeNumberText('100', 100)).toBe(100);
  });
});
