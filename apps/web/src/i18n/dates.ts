import type { Language } from './index';

/**
 * The dates and times the first screens show, written out by hand for Dutch and British English, the
 * same as `Intl.DateTimeFormat` writes them (a test compares every day of a year with it). The first
 * `Intl.DateTimeFormat` a page makes costs 50–100 ms of a phone's main thread (the browser loads its
 * calendar data then), and every page showed a date in its first render. Other formats still use Intl.
 */
const MONTHS: Record<Language, readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const SHORT_MONTHS: Record<Language, readonly string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};

const WEEKDAYS: Record<Language, readonly string[]> = {
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const two = (n: number) => String(n).padStart(2, '0');

/** "12 maart 2026" (Intl: `dateStyle: 'long'`), with " om 14:05" / " at 14:05" (`timeStyle: 'short'`). */
export function longDate(language: Language, date: Date, withTime = false): string {
  const day = `${date.getDate()} ${MONTHS[language][date.getMonth()]} ${date.getFullYear()}`;
  return withTime ? `${day} ${language === 'nl' ? 'om' : 'at'} ${timeOfDay(date)}` : day;
}

/** "14:05" (`timeStyle: 'short'`, 24 hours in both languages). */
export function timeOfDay(date: Date): string {
  return `${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** "donderdag 26 november" (`weekday: 'long', day: 'numeric', month: 'long'`), optionally with the year. */
export function weekdayDate(language: Language, date: Date, withYear: boolean): string {
  const weekday = WEEKDAYS[language][date.getDay()];
  const day = `${date.getDate()} ${MONTHS[language][date.getMonth()]}`;
  if (!withYear) return `${weekday} ${day}`;
  return language === 'nl'
    ? `${weekday} ${day} ${date.getFullYear()}`
    : `${weekday}, ${day} ${date.getFullYear()}`;
}

/** "12 mrt" / "12 Mar" (`day: 'numeric', month: 'short'`). */
export function shortDayMonth(language: Language, date: Date): string {
  return `${date.getDate()} ${SHORT_MONTHS[language][date.getMonth()]}`;
}
