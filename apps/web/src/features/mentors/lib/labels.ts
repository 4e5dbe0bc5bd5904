import { isThemeId, MENTOR_LANGUAGES, type MentorLanguage, THEME_LABELS } from '@spiegel/domain';
import type { Language } from '../../../i18n';

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "Eenzaamheid" for a checkbox, "eenzaamheid" inside a sentence. */
export function themeLabel(theme: string, lang: Language, { capital = false } = {}): string {
  const label = isThemeId(theme) ? THEME_LABELS[theme][lang] : theme;
  return capital ? capitalise(label) : label;
}

export function isMentorLanguage(code: string): code is MentorLanguage {
  return (MENTOR_LANGUAGES as readonly string[]).includes(code);
}

/** A list in words: "a, b en c". */
export function joinWords(items: readonly string[], lang: Language): string {
  return new Intl.ListFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { type: 'conjunction' }).format(items);
}
