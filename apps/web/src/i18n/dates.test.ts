import { describe, expect, it } from '@jest/globals';
import { longDate, shortDayMonth, timeOfDay, weekdayDate } from './dates';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

/** Every day of 2026 (and a day of 2025), at times around midnight, the morning and the evening. */
function moments(): Date[] {
  const out: Date[] = [];
  for (let day = 0; day < 366; day++)
    for (const [h, m] of [
      [0, 5],
      [9, 7],
      [12, 0],
      [23, 59],
    ] as const)
      out.push(new Date(2026, 0, 1 + day, h, m));
  out.push(new Date(2025, 11, 31, 19, 30));
  return out;
}

describe('dates written out by hand', () => {
  it.each(['nl', 'en'] as const)('should write every date as Intl.DateTimeFormat does (%s)', (language) => {
    const locale = LOCALES[language];
    const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options);
    const long = intl({ dateStyle: 'long' });
    const longTime = intl({ dateStyle: 'long', timeStyle: 'short' });
    const time = intl({ timeStyle: 'short' });
    const weekday = intl({ weekday: 'long', day: 'numeric', month: 'long' });
    const weekdayYear = intl({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    const short = intl({ day: 'numeric', month: 'short' });
    const differences: string[] = [];
    for (const d of moments()) {
      const pairs: [string, string][] = [
        [longDate(language, d), long.format(d)],
        [longDate(language, d, true), longTime.format(d)],
        [timeOfDay(d), time.format(d)],
        [weekdayDate(language, d, false), weekday.format(d)],
        [weekdayDate(language, d, true), weekdayYear.format(d)],
        [shortDayMonth(language, d), short.format(d)],
      ];
      for (const [ours, theirs] of pairs) if (ours !== theirs) differences.push(`${ours} ≠ ${theirs}`);
    }
    expect(differences.slice(0, 10)).toEqual([]);
  });
});
