/**
 * The rule for a pseudonym (schuilnaam), shared by the API and the web app: 2 to 32 characters;
 * letters of any script (with their accents and marks), digits, spaces, `. _ ' -` and emoji; it starts
 * and ends with a letter, digit or emoji, and has at least one letter or digit (so it can be read
 * aloud and found). A refusal names the first character that is not allowed, so nobody has to guess.
 */
export const PSEUDONYM_MIN = 2;
export const PSEUDONYM_MAX = 32;

export type PseudonymProblem =
  | { problem: 'length'; min: number; max: number }
  | { problem: 'character'; character: string; codePoint: string }
  | { problem: 'edge'; character: string }
  | { problem: 'noLetter' };

export type PseudonymCheck = { ok: true } | ({ ok: false } & PseudonymProblem);

const WORD = /[\p{L}\p{N}]/u;
/** Emoji, with what builds them: ZWJ sequences, variation selectors, skin tones, flags, keycaps (one code point at a time). */
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]|\u200d|\ufe0f|\u20e3/u;
const MARK = /\p{M}/u;
const INVISIBLE_GLUE = /^(?:\u200d|\ufe0f|\u20e3)$/u;
/** What an emoji sequence's joiner or selector may follow. */
const PICTO = /[\p{Extended_Pictographic}\p{Emoji_Modifier}]|\ufe0f/u;
const JOINER = /[ ._'-]/;
/** Characters that can stand at the start or the end. */
const EDGE_OK =
  /[\p{L}\p{N}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]|\ufe0f|\u20e3/u;

export function codePointLabel(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Checks a pseudonym as typed (trim it first; spacing inside is kept). */
export function checkPseudonym(name: string): PseudonymCheck {
  const chars = [...name];
  if (chars.length < PSEUDONYM_MIN || chars.length > PSEUDONYM_MAX)
    return { ok: false, problem: 'length', min: PSEUDONYM_MIN, max: PSEUDONYM_MAX };
  for (const [i, c] of chars.entries()) {
    // Joiners and selectors are invisible on their own: only inside an emoji sequence, so "San\u200dne"
    // cannot pose as "Sanne".
    if (
      INVISIBLE_GLUE.test(c) &&
      !(PICTO.test(chars[i - 1] ?? '') || (c !== '\u200d' && /\d/.test(chars[i - 1] ?? '')))
    )
      return { ok: false, problem: 'character', character: c, codePoint: codePointLabel(c) };
    if (WORD.test(c) || MARK.test(c) || EMOJI.test(c) || JOINER.test(c)) continue;
    return { ok: false, problem: 'character', character: c, codePoint: codePointLabel(c) };
  }
  const first = chars[0]!;
  const last = chars[chars.length - 1]!;
  if (!EDGE_OK.test(first)) return { ok: false, problem: 'edge', character: first };
  if (!EDGE_OK.test(last)) return { ok: false, problem: 'edge', character: last };
  if (!chars.some((c) => WORD.test(c))) return { ok: false, problem: 'noLetter' };
  return { ok: true };
}
