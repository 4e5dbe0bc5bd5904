import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_STORAGE_KEY } from '../config/constants';
import { longDate, timeOfDay, weekdayDate } from './dates';
import { groupedInteger } from './numbers';
import { nl } from './nl';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Dutch first: only an explicit earlier choice switches to English, never the browser's locale. */
export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export const i18n = i18next.createInstance();

// Dutch is built in; English comes in its own chunk when someone chooses it (see setLanguage).
void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl } },
  partialBundledLanguages: true,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  // React escapes output itself.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const { en } = await import('./en');
    i18n.addResourceBundle('en', 'translation', en);
  }
}

/**
 * Dutch texts of pages few people open (the coding rounds, the access log, e-mail settings): not in the
 * entry, so every first screen parses less. A page's route loads them together with its code (router.tsx);
 * the English catalogue has them all.
 */
const PAGE_TEXTS = {
  coding: () => import('./coding.nl').then((m) => m.codingNl),
  accessLog: () => import('./access-log.nl').then((m) => m.accessLogNl),
  outreach: () => import('./outreach.nl').then((m) => m.outreachNl),
};
export type PageTexts = keyof typeof PAGE_TEXTS;
const pageTextsLoaded = new Map<PageTexts, Promise<void>>();

export function loadPageTexts(...names: PageTexts[]): Promise<void> {
  return Promise.all(
    names.map((name) => {
      let loaded = pageTextsLoaded.get(name);
      if (!loaded) {
        loaded = PAGE_TEXTS[name]().then((texts) => {
          i18n.addResourceBundle('nl', 'translation', texts, true, false);
        });
        // A failed chunk may be asked again on the next visit of the page.
        loaded.catch(() => pageTextsLoaded.delete(name));
        pageTextsLoaded.set(name, loaded);
      }
      return loaded;
    }),
  ).then(() => undefined);
}

/** Switches the language, remembers the choice on this device and updates `<html lang>`. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the switch still works for this visit.
  }
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

/** Resolves once an earlier choice of English is loaded; the app renders after it (no flash of Dutch). */
export const languageReady: Promise<void> =
  readStoredLanguage() === DEFAULT_LANGUAGE
    ? Promise.resolve()
    : loadLanguage(readStoredLanguage())
        .then(() => i18n.changeLanguage(readStoredLanguage()))
        .then(
          () => undefined,
          () => undefined,
        );

/** A date in the current language, e.g. "12 maart 2026". */
export function formatDate(iso: string, withTime = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // Written out (dates.ts): the first Intl.DateTimeFormat of a page costs a phone 50–100 ms.
  return longDate(currentLanguage(), date, withTime);
}

/** The Intl locale of the current language. */
export function locale(): string {
  return currentLanguage() === 'nl' ? 'nl-NL' : 'en-GB';
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date formatter for the current language, made once per language and options: making one costs a
 * phone about a millisecond, and a room with 50 messages asked for hundreds while it opened.
 */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale()} ${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(), options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number formatter for the current language (made once per language). */
export function numberFormat(): Intl.NumberFormat {
  let format = numberFormats.get(locale());
  if (!format) {
    format = new Intl.NumberFormat(locale());
    numberFormats.set(locale(), format);
  }
  return format;
}

/** A count for the current language, e.g. "4.000"; whole numbers without Intl (see numbers.ts). */
export function formatCount(n: number): string {
  return groupedInteger(currentLanguage(), n) ?? numberFormat().format(n);
}

/** A time of day, e.g. "14:05". */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return timeOfDay(date);
}

/** A day with its weekday, e.g. "donderdag 26 november" (with the year when it is not this year). */
export function formatWeekday(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return weekdayDate(currentLanguage(), date, date.getFullYear() !== now.getFullYear());
}

/** Whole calendar days between a moment and now, in local time (0 = today, 1 = yesterday). */
export function daysAgo(iso: string, now = new Date()): number {
  const date = new Date(iso);
  const start = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((start(now) - start(date)) / 86_400_000);
}
