/**
 * The one list of negations in the domain (issue 16 found two that had drifted apart): the phase and crisis
 * lexicons (match-cues.ts: a negated cue is dropped, a pattern's gap never skips a negation) and the
 * models' features (hashed-features.ts: a word after a negator is read as "!word") all use it, so "ik
 * herken da ni" (Flemish), "nergens" and "I don't" mean the same everywhere. Words of normalised text:
 * lower case, straight apostrophes (normalize-text.ts).
 */

/** Dutch, Flemish ("ni", "nie") and Surinamese Dutch negations; Dutch places them after the verb too. */
export const DUTCH_NEGATORS: readonly string[] = ['niet', 'nie', 'ni', 'geen', 'nooit', 'nergens'];

export const ENGLISH_NEGATORS: readonly string[] = [
  'not',
  'no',
  'never',
  "don't",
  'dont',
  "didn't",
  'didnt',
  "doesn't",
  'doesnt',
  "isn't",
  'isnt',
  "can't",
  'cant',
  'cannot',
  "won't",
  'wont',
  "wasn't",
  'wasnt',
  "aren't",
  'arent',
];

/** Every negation word, Dutch and English. */
export const NEGATORS: ReadonlySet<string> = new Set([...DUTCH_NEGATORS, ...ENGLISH_NEGATORS]);

/**
 * Negations that also count after a word: Dutch puts them behind the verb ("dat herken ik niet"), English
 * does not ("I recognise it, not that I…" says nothing about "recognise").
 */
export const NEGATORS_AFTER: ReadonlySet<string> = new Set(DUTCH_NEGATORS);

/** How many words a negation reaches: "niet meer zo alleen" negates "alleen", three words on. */
export const NEGATION_SCOPE = 3;

/** The longest negation word, so a longer word is never looked up. */
export const LONGEST_NEGATOR = Math.max(...[...NEGATORS].map((n) => n.length));

export function isNegator(word: string): boolean {
  return word.length <= LONGEST_NEGATOR && NEGATORS.has(word);
}

/**
 * A regular-expression alternation of every negation word (apostrophes are literal in a pattern), for a
 * lookahead: a gap in a cue pattern must not skip one (match-cues.ts `gap`).
 */
export const NEGATOR_ALTERNATION = [...NEGATORS].sort((a, b) => b.length - a.length).join('|');
