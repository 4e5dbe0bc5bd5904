import { type Language } from '../phases/phases.js';
import { isThemeId, THEME_LABELS } from '../themes/themes.js';
import { isMessageKey, MESSAGES, type MessageParams } from './messages.js';

/** Anything shaped like a message: a Msg from the domain, or one read back from storage. */
export interface MessageLike {
  readonly key: string;
  readonly params?: MessageParams;
}

const LANGUAGE_NAMES: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  nl: { nl: 'Nederlands', en: 'Dutch' },
  en: { nl: 'Engels', en: 'English' },
  ar: { nl: 'Arabisch', en: 'Arabic' },
  tr: { nl: 'Turks', en: 'Turkish' },
  pl: { nl: 'Pools', en: 'Polish' },
  de: { nl: 'Duits', en: 'German' },
  fr: { nl: 'Frans', en: 'French' },
  es: { nl: 'Spaans', en: 'Spanish' },
  pap: { nl: 'Papiaments', en: 'Papiamento' },
  srn: { nl: 'Sranantongo', en: 'Sranan Tongo' },
  so: { nl: 'Somalisch', en: 'Somali' },
  ti: { nl: 'Tigrinya', en: 'Tigrinya' },
  uk: { nl: 'Oekraïens', en: 'Ukrainian' },
};

const SLOT_NAMES: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  ochtend: { nl: 'ochtend', en: 'morning' },
  middag: { nl: 'middag', en: 'afternoon' },
  avond: { nl: 'avond', en: 'evening' },
  weekend: { nl: 'weekend', en: 'weekend' },
};

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
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

/** "a", "a en b", "a, b en c" — or with "and". */
function joinList(items: readonly string[], lang: Language): string {
  const and = lang === 'nl' ? 'en' : 'and';
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

const splitList = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** Dates travel as ISO strings (yyyy-mm-dd or full); rendered in UTC so every server says the same. */
function formatDate(value: string, lang: Language): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const month = MONTHS[lang][date.getUTCMonth()] as string;
  return `${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
}

function formatValue(value: string | number, formatter: string | undefined, lang: Language): string {
  const text = String(value);
  switch (formatter) {
    case 'themes':
      return joinList(
        splitList(text).map((id) => (isThemeId(id) ? THEME_LABELS[id][lang] : id)),
        lang,
      );
    case 'date':
      return formatDate(text, lang);
    case 'languages':
      return joinList(
        splitList(text).map((code) => LANGUAGE_NAMES[code]?.[lang] ?? code),
        lang,
      );
    case 'slots':
      return joinList(
        splitList(text).map((slot) => SLOT_NAMES[slot]?.[lang] ?? slot),
        lang,
      );
    case 'decimal': {
      const n = typeof value === 'number' ? value : Number(text);
      if (Number.isNaN(n)) return text;
      const rounded = String(Math.round(n * 100) / 100);
      return lang === 'nl' ? rounded.replace('.', ',') : rounded;
    }
    default:
      return text;
  }
}

/**
 * Renders a message in Dutch or English. Unknown keys render as the key itself and missing parameters
 * as their placeholder, so a version mismatch between API and web shows something, never throws.
 */
export function formatMessage(message: MessageLike, lang: Language): string {
  if (!isMessageKey(message.key)) return message.key;
  const template: string = MESSAGES[message.key][lang];
  const params = message.params ?? {};
  return template.replace(/\{(\w+)(?:\|(\w+))?\}/g, (placeholder, name: string, formatter?: string) => {
    const value = params[name];
    return value === undefined ? placeholder : formatValue(value, formatter, lang);
  });
}
