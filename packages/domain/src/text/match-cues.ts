import { ANYWHERE, buildCueIndex, type CueIndex } from './cue-index.js';
import { NEGATION_SCOPE, NEGATOR_ALTERNATION, NEGATORS, NEGATORS_AFTER } from './negation.js';
import { CLAUSE_BREAK, type NormalizedText, originalSlice } from './normalize-text.js';

/**
 * A cue pattern: a regular-expression source over normalised text (see normalize-text.ts), the label it
 * votes for and how strongly. Patterns are matched on whole words only.
 */
export interface CuePattern<L extends string> {
  readonly label: L;
  readonly pattern: string;
  readonly weight: number;
  /**
   * When true, a negation just before the cue ("niet herkenbaar", "I don't belong") or, Dutch style, just
   * after it ("dat herken ik niet") cancels the cue. Patterns that spell out their own negation
   * ("niet meer alleen") leave this off.
   */
  readonly negatable?: boolean;
}

export interface CueMatch<L extends string> {
  readonly label: L;
  readonly weight: number;
  readonly start: number;
  readonly end: number;
  /** The phrase as the author wrote it, lower-cased. */
  readonly cue: string;
}

export interface CompiledLexicon<L extends string> {
  readonly entries: readonly {
    readonly spec: CuePattern<L>;
    /** Global, for a scan of the whole text; sticky, to try one start position. */
    readonly regex: RegExp;
    readonly sticky: RegExp;
  }[];
  /** The keyword prefilter over the patterns (cue-index.ts), built on first use. */
  readonly index: () => CueIndex;
}

/** Up to `n` words, none of them a negation (negation.ts): the gap inside a pattern must not hide a "niet". */
export function gap(n: number): string {
  return `(?:(?!(?:${NEGATOR_ALTERNATION}) )[\\w']+ ){0,${n}}`;
}

export function compileLexicon<L extends string>(patterns: readonly CuePattern<L>[]): CompiledLexicon<L> {
  // Built on first use, so importing the package (the web app does) costs nothing.
  let index: CueIndex | undefined;
  return {
    entries: patterns.map((spec) => {
      const source = `(?<![\\w'])(?:${spec.pattern})(?![\\w'])`;
      return { spec, regex: new RegExp(source, 'g'), sticky: new RegExp(source, 'y') };
    }),
    index: () => (index ??= buildCueIndex(patterns.map((p) => p.pattern))),
  };
}

function wordsBefore(text: string, start: number, n: number): string[] {
  const words = text.slice(0, start).trim().split(' ');
  const cut = words.lastIndexOf(CLAUSE_BREAK);
  return words.slice(cut + 1).slice(-n);
}

function wordsAfter(text: string, end: number, n: number): string[] {
  const words = text.slice(end).trim().split(' ');
  const cut = words.indexOf(CLAUSE_BREAK);
  return (cut === -1 ? words : words.slice(0, cut)).slice(0, n);
}

export function isNegated(text: string, start: number, end: number): boolean {
  return (
    wordsBefore(text, start, NEGATION_SCOPE).some((w) => NEGATORS.has(w)) ||
    wordsAfter(text, end, NEGATION_SCOPE).some((w) => NEGATORS_AFTER.has(w))
  );
}

/** Every match of every pattern, negated cues dropped, in order of appearance. */
export function findCues<L extends string>(
  normalized: NormalizedText,
  lexicon: CompiledLexicon<L>,
): CueMatch<L>[] {
  const matches: CueMatch<L>[] = [];
  const text = normalized.text;
  const found = (spec: CuePattern<L>, start: number, end: number): void => {
    if (spec.negatable === true && isNegated(text, start, end)) return;
    matches.push({
      label: spec.label,
      weight: spec.weight,
      start,
      end,
      cue: originalSlice(normalized, start, end),
    });
  };
  // Only the patterns whose first words occur run, and only where those words start (cue-index.ts). A
  // global scan tries every position from where the last match ended and reports the first that
  // matches; trying the possible starts in order with a sticky expression finds the same matches.
  const { ids, first, pos, next } = lexicon.index().candidates(text);
  for (const id of ids) {
    const { spec, regex, sticky } = lexicon.entries[id] as CompiledLexicon<L>['entries'][number];
    if (first[id] === ANYWHERE) {
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
        if (m[0].length === 0) regex.lastIndex++;
        found(spec, m.index, m.index + m[0].length);
      }
      continue;
    }
    let allowed = 0;
    for (let hit = first[id] as number; hit !== -1; hit = next[hit] as number) {
      const start = pos[hit] as number;
      if (start < allowed) continue;
      // test, not exec: no match array per try; a sticky test leaves lastIndex at the match's end.
      sticky.lastIndex = start;
      if (!sticky.test(text)) continue;
      const end = sticky.lastIndex;
      allowed = end === start ? end + 1 : end;
      found(spec, start, end);
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Where cues overlap, the strongest (then the longest) wins and the others are dropped. This is how a
 * specific phrase overrules a generic one inside it: "niet meer alleen" (connection) beats "alleen",
 * "ervaringsdeskundige van ons eigen leven" (equality) beats "ervaringsdeskundige" (testimony).
 */
export function resolveOverlaps<L extends string>(matches: readonly CueMatch<L>[]): CueMatch<L>[] {
  const ranked = [...matches].sort(
    (a, b) => b.weight - a.weight || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: CueMatch<L>[] = [];
  for (const m of ranked) {
    if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
