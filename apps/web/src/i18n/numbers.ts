import type { Language } from './index';

const GROUP: Record<Language, string> = { nl: '.', en: ',' };

/**
 * A whole number written out by hand for Dutch and British English, as `Intl.NumberFormat` writes it
 * ("4.000", "4,000"; a test compares them). The first `Intl.NumberFormat` a page makes costs 40 ms of a
 * phone's main thread (the browser loads its number data then), and the room's composer shows its
 * counter ("0 / 4.000") in the room's first render. Anything else (negative, fractions) goes to Intl.
 */
export function groupedInteger(language: Language, n: number): string | null {
  if (!Number.isSafeInteger(n) || n < 0) return null;
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += GROUP[language];
    out += digits[i];
  }
  return out;
}
