/**
 * Text normalisation shared by the classifier, the crisis detector and the theme extractor.
 *
 * Lexicons are written in plain lower-case ASCII ("patient", "suicide"), so the input is folded the same
 * way: lower case, diacritics removed (NFKD), curly quotes straightened, runs of three or more identical
 * letters shortened to two ("zooo" → "zoo", "heeeel" → "heel"). Clause punctuation becomes a standalone
 * "." token, so a cue never spans two sentences and negation does not leak across a comma.
 * Every normalised character remembers where it came from, so a cue can be shown to a facilitator
 * exactly as the author wrote it.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** For every character of `text`: index in `original` where it starts / ends (exclusive). */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export const CLAUSE_BREAK = '.';

const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '`', '\u00b4']);
// Only marks that end a clause; hyphens, slashes and emoji merely separate words.
const CLAUSE_PUNCTUATION = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '(',
  ')',
  '[',
  ']',
  '"',
  '\u201c',
  '\u201d',
  '\u2026',
]);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const COMBINING_MARK = /\p{M}/gu;

function fold(char: string): string {
  return char.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
}

export function normalizeText(original: string): NormalizedText {
  const chars = Array.from(original);
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;

  const push = (out: string, from: number, to: number): void => {
    // One entry per UTF-16 unit: regular-expression offsets are in UTF-16 units.
    for (let k = 0; k < out.length; k++) {
      starts.push(from);
      ends.push(to);
    }
    text += out;
  };
  const lastChar = (): string => text.charAt(text.length - 1);

  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    const from = offset;
    const to = offset + char.length;
    offset = to;

    if (APOSTROPHES.has(char)) {
      if (lastChar() !== "'") push("'", from, to);
      continue;
    }
    if (CLAUSE_PUNCTUATION.has(char)) {
      if (text.length === 0) continue;
      const prev = chars[i - 1] ?? '';
      const next = chars[i + 1] ?? '';
      // "14.00", "1,5": a separator between digits is not a clause break.
      const betweenDigits = /\d/.test(prev) && /\d/.test(next);
      const marker = betweenDigits ? ' ' : ` ${CLAUSE_BREAK} `;
      for (const c of marker) {
        if (c === ' ' && lastChar() === ' ') continue;
        if (c === CLAUSE_BREAK && text.endsWith(`${CLAUSE_BREAK} `)) continue;
        push(c, from, to);
      }
      continue;
    }
    const folded = Array.from(fold(char))
      .filter((c) => WORD_CHAR.test(c))
      .join('');
    if (folded.length === 0) {
      if (text.length > 0 && lastChar() !== ' ') push(' ', from, to);
      continue;
    }
    for (const c of folded) {
      // Keep at most two identical letters in a row: stretched words ("zooo") match their lexicon form.
      if (/\p{L}/u.test(c) && text.length >= 2 && text.endsWith(c + c)) continue;
      push(c, from, to);
    }
  }

  // Trim trailing spaces and clause breaks so patterns anchored at the end behave.
  while (text.length > 0 && (lastChar() === ' ' || lastChar() === CLAUSE_BREAK)) {
    text = text.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return { original, text, starts, ends };
}

/** The slice of the original text behind normalised positions [start, end), lower-cased and trimmed. */
export function originalSlice(normalized: NormalizedText, start: number, end: number): string {
  const from = normalized.starts[start];
  const to = normalized.ends[end - 1];
  if (from === undefined || to === undefined || end <= start) return '';
  return normalized.original.slice(from, to).toLowerCase().trim();
}
