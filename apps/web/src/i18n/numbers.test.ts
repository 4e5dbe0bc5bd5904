import { describe, expect, it } from '@jest/globals';
import { groupedInteger } from './numbers';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

describe('groupedInteger', () => {
  it.each(Object.entries(LOCALES))('writes whole numbers as Intl does for %s', (language, locale) => {
    const intl = new Intl.NumberFormat(locale);
    const numbers = [0, 1, 9, 10, 99, 100, 999, 1_000, 4_000, 9_999, 10_000, 123_456, 1_234_567];
    for (let n = 0; n < 20_000; n += 7) numbers.push(n);
    for (const n of numbers) expect(groupedInteger(language as 'nl' | 'en', n)).toBe(intl.format(n));
  });

  it('leaves negative numbers and fractions to Intl', () => {
    expect(groupedInteger('nl', -4)).toBeNull();
    expect(groupedInteger('nl', 1.5)).toBeNull();
    expect(groupedInteger('en', Number.NaN)).toBeNull();
  });
});
