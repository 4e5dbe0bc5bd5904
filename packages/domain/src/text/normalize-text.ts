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

function foldSlow(char: string): string {
  return Array.from(char.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase())
    .filter((c) => WORD_CHAR.test(c))
    .join('');
}

// Folding is the hot path of every classifier call: ASCII letters and digits are folded by hand, anything
// else once per distinct character and remembered.
const FOLDED = new Map<string, string>();
function fold(char: string): string {
  const code = char.charCodeAt(0);
  if (char.length === 1 && code < 128) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return char;
    return '';
  }
  let folded = FOLDED.get(char);
  if (folded === undefined) {
    folded = foldSlow(char);
    if (FOLDED.size < 10_000) FOLDED.set(char, folded);
  }
  return folded;
}

const isLetter = (c: string): boolean => {
  const code = c.charCodeAt(0);
  return code < 128 ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) : /\p{L}/u.test(c);
};

const SPACE = 32;
const DOT = CLAUSE_BREAK.charCodeAt(0);
const QUOTE = 39;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
// ASCII: what each code becomes. −1 apostrophe, −2 clause punctuation, 0 nothing (a separator), else the
// folded (lower-case) code.
const ASCII = new Int16Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  ASCII[code] = APOSTROPHES.has(char)
    ? -1
    : CLAUSE_PUNCTUATION.has(char)
      ? -2
      : fold(char).charCodeAt(0) || 0;
}

// The classifier, the crisis detector and the theme extractor read the same message one after the other:
// the last few results are kept, so the text is normalised once.
const RECENT = 4;
const recentInputs: string[] = [];
const recentResults: NormalizedText[] = [];

export function normalizeText(original: string): NormalizedText {
  const seen = recentInputs.indexOf(original);
  if (seen !== -1) return recentResults[seen] as NormalizedText;
  const result = normalize(original);
  recentInputs.unshift(original);
  recentResults.unshift(result);
  if (recentInputs.length > RECENT) {
    recentInputs.pop();
    recentResults.pop();
  }
  return result;
}

function normalize(original: string): NormalizedText {
  // Character codes of the result; one entry per UTF-16 unit (regular-expression offsets are in units),
  // each remembering the original unit range of the character it came from.
  const out: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (code: number, from: number, to: number): void => {
    out.push(code);
    starts.push(from);
    ends.push(to);
  };
  const last = (): number => (out.length === 0 ? -1 : (out[out.length - 1] as number));

  for (let i = 0; i < original.length;) {
    const from = i;
    let code = original.charCodeAt(i);
    let kind: number;
    let char = '';
    if (code < 128) {
      kind = ASCII[code] as number;
      i++;
    } else {
      // A whole code point (an emoji is two units).
      const point = original.codePointAt(i) as number;
      char = String.fromCodePoint(point);
      i += char.length;
      kind = APOSTROPHES.has(char) ? -1 : CLAUSE_PUNCTUATION.has(char) ? -2 : 1;
    }
    const to = i;

    if (kind === -1) {
      if (last() !== QUOTE) push(QUOTE, from, to);
      continue;
    }
    if (kind === -2) {
      if (out.length === 0) continue;
      // "14.00", "1,5": a separator between digits is not a clause break.
      if (isDigit(original.charCodeAt(from - 1)) && isDigit(original.charCodeAt(to))) {
        if (last() !== SPACE) push(SPACE, from, to);
        continue;
      }
      if (last() !== SPACE) push(SPACE, from, to);
      if (!(out.length >= 2 && out[out.length - 2] === DOT)) push(DOT, from, to);
      if (last() !== SPACE) push(SPACE, from, to);
      continue;
    }
    if (kind === 0) {
      if (out.length > 0 && last() !== SPACE) push(SPACE, from, to);
      continue;
    }
    if (kind > 1) {
      // An ASCII letter or digit, folded.
      code = kind;
      if (!(
        out.length >= 2 &&
        out[out.length - 1] === code &&
        out[out.length - 2] === code &&
        isLetterCode(code)
      ))
        push(code, from, to);
      continue;
    }
    const folded = fold(char);
    if (folded.length === 0) {
      if (out.length > 0 && last() !== SPACE) push(SPACE, from, to);
      continue;
    }
    for (const c of folded) {
      const first = c.charCodeAt(0);
      // Keep at most two identical letters in a row: stretched words ("zooo") match their lexicon form.
      if (
        out.length >= 2 &&
        out[out.length - 1] === first &&
        out[out.length - 2] === first &&
        c.length === 1 &&
        isLetter(c)
      )
        continue;
      for (let k = 0; k < c.length; k++) push(c.charCodeAt(k), from, to);
    }
  }

  // Trim trailing spaces and clause breaks so patterns anchored at the end behave.
  while (out.length > 0 && (last() === SPACE || last() === DOT)) {
    out.pop();
    starts.pop();
    ends.pop();
  }
  let text = '';
  for (let k = 0; k < out.length; k += 4096) text += String.fromCharCode(...out.slice(k, k + 4096));
  return { original, text, starts, ends };
}

const isLetterCode = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/** The slice of the original text behind normalised positions [start, end), lower-cased and trimmed. */
export function originalSlice(normalized: NormalizedText, start: number, end: number): string {
  const from = normalized.starts[start];
  const to = normalized.ends[end - 1];
  if (from === undefined || to === undefined || end <= start) return '';
  return normalized.original.slice(from, to).toLowerCase().trim();
}
