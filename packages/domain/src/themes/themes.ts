import { type Language } from '../phases/phases.js';

/**
 * Themes people write about. Used to suggest who might recognise whom and to match seekers with peer
 * mentors. A theme says what a story is about, not how someone is doing: "geen angst meer" is still
 * about angst.
 */
export const THEME_IDS = [
  'eenzaamheid',
  'schaamte',
  'angst',
  'somberheid',
  'verslaving',
  'rouw',
  'trauma',
  'werk',
  'familie',
  'opname',
  'zelfbeeld',
  'slaap',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export const THEME_LABELS: Readonly<Record<ThemeId, Readonly<Record<Language, string>>>> = {
  eenzaamheid: { nl: 'eenzaamheid', en: 'loneliness' },
  schaamte: { nl: 'schaamte', en: 'shame' },
  angst: { nl: 'angst', en: 'anxiety' },
  somberheid: { nl: 'somberheid', en: 'low mood' },
  verslaving: { nl: 'verslaving', en: 'addiction' },
  rouw: { nl: 'rouw', en: 'grief' },
  trauma: { nl: 'trauma', en: 'trauma' },
  werk: { nl: 'werk', en: 'work' },
  familie: { nl: 'familie', en: 'family' },
  opname: { nl: 'opname', en: 'hospital admission' },
  zelfbeeld: { nl: 'zelfbeeld', en: 'self-image' },
  slaap: { nl: 'slaap', en: 'sleep' },
};

export function isThemeId(value: unknown): value is ThemeId {
  return typeof value === 'string' && (THEME_IDS as readonly string[]).includes(value);
}
