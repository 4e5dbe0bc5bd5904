import { isNegator, NEGATION_SCOPE } from './negation.js';
import { CLAUSE_BREAK } from './normalize-text.js';

export interface WordToken {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** Words of a normalised text with negation marking; clause breaks are kept as "." tokens. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let negatedFor = 0;
  for (const m of text.matchAll(/[^ ]+/g)) {
    if (m[0] === CLAUSE_BREAK) {
      negatedFor = 0;
      tokens.push({ word: CLAUSE_BREAK, start: m.index, end: m.index + 1 });
      continue;
    }
    const word = negatedFor > 0 ? `!${m[0]}` : m[0];
    negatedFor = isNegator(m[0]) ? NEGATION_SCOPE : Math.max(0, negatedFor - 1);
    tokens.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}
