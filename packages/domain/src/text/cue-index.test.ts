import fc from 'fast-check';
import { buildCueIndex, patternPrefixes } from './cue-index.js';
import { compileLexicon, type CueMatch, type CuePattern, findCues, gap, isNegated } from './match-cues.js';
import { normalizeText, originalSlice } from './normalize-text.js';

describe('patternPrefixes', () => {
  it.each([
    ['a phrase: its first two words', 'niet meer alleen', ['niet meer ']],
    ['alternatives', '(?:niemand|geen mens) begrijpt', ['geen mens ', 'niemand begrijpt']],
    ['a word that may go on', 'zelfmoord\\w*', ['zelfmoord']],
    ['an optional first word', '(?:de )?schuld van', ['de schuld ', 'schuld van']],
    ['a gap after the first word', `ik ${gap(2)}dood`, ['ik ']],
    ['a small character class', 'recogni[sz]e', ['recognise', 'recognize']],
    ['a range in a class', 'm[a-c]t', ['mat', 'mbt', 'mct']],
    ['escaped characters', 'a\\.b|\\(c\\)', ['(c)', 'a.b']],
    ['digits', '\\d{1,2} uur', expect.arrayContaining(['0 uur', '12 uur']) as unknown as string[]],
    ['lookarounds and word boundaries ignored', '(?<!nu )\\bik(?= \\.|$) ben', ['ik ben']],
    ['lazy and counted repeats', '(?:ha){2}?x|jo{1}', ['hahax', 'jo']],
    [
      'open repeats, cut at 24 characters',
      'x(?:ha)+',
      expect.arrayContaining(['xha', `x${'ha'.repeat(11)}h`]),
    ],
    ['a capture group', '(zo|net) fijn', ['net fijn', 'zo fijn']],
  ])('should find the first literals of %s', (_what, source, expected) => {
    expect(patternPrefixes(source)).toEqual(expected);
  });

  it.each([
    ['any word first', '\\w+ is dood'],
    ['a negated class', '[^a] x'],
    ['a class with \\w', "[\\w']+ x"],
    ['a large class', '[a-z]+'],
    ['a dot', '.x'],
    ['a match that may be empty', '(?:ik)?'],
    ['an escape it does not know', '\\u00e9x'],
    ['a class escape it does not know', '[\\p]x'],
    ['a named group', '(?<name>x)'],
    ['a backreference', '(a)\\1'],
    ['an unbalanced group', '(?:a'],
    ['a stray bracket', 'a)'],
    ['a stray quantifier', '*a'],
    ['a bad repeat', 'a{x}'],
    ['an unclosed class', '[ab'],
    ['a trailing backslash', 'a\\'],
    ['a trailing backslash in a class', '[a\\'],
    [
      'too many alternatives',
      ['a', 'b'].map((x) => `(?:${Array.from({ length: 70 }, (_, i) => `${x}${i}`).join('|')})`).join(''),
    ],
    ['a deep nesting', `${'(?:'.repeat(500)}a${')'.repeat(500)}`],
  ])('should give up (run everywhere) on %s', (_what, source) => {
    expect(patternPrefixes(source)).toBeNull();
  });

  it('should fall back to one word where two would be too many', () => {
    const many = Array.from({ length: 80 }, (_, i) => `a${i}`).join('|');
    expect(patternPrefixes(`(?:${many}) (?:${many})`)).toHaveLength(80);
  });

  it('should list the patterns that may match and where they can start', () => {
    const index = buildCueIndex(['ik wil', 'wil', 'dood\\w*', '\\w+ x']);
    const { ids, first, pos, next } = index.candidates('ik wil dood . wil doodmoe');
    expect([...ids]).toEqual([0, 1, 2, 3]);
    const starts = (id: number): number[] => {
      const out: number[] = [];
      for (let h = first[id] as number; h >= 0; h = next[h] as number) out.push(pos[h] as number);
      return out;
    };
    expect(starts(0)).toEqual([0]);
    expect(starts(1)).toEqual([3, 14]);
    expect(starts(2)).toEqual([7, 18]);
    expect(first[3]).toBe(-2);
    // The next call forgets the last one.
    expect([...index.candidates('niets').ids]).toEqual([3]);
  });
});

// The matcher before the prefilter: every pattern over the whole text.
function referenceCues<L extends string>(text: string, patterns: readonly CuePattern<L>[]): CueMatch<L>[] {
  const normalized = normalizeText(text);
  const matches: CueMatch<L>[] = [];
  for (const spec of patterns) {
    const regex = new RegExp(`(?<![\\w'])(?:${spec.pattern})(?![\\w'])`, 'g');
    for (const m of normalized.text.matchAll(regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (spec.negatable === true && isNegated(normalized.text, start, end)) continue;
      const cue = originalSlice(normalized, start, end);
      matches.push({ label: spec.label, weight: spec.weight, start, end, cue });
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

describe('findCues with the prefilter', () => {
  const words = [
    'ik',
    'wil',
    'niet',
    'dood',
    'doodmoe',
    'meer',
    'alleen',
    "m'n",
    'zo',
    'zooo',
    '14',
    'uur',
    'x',
  ];
  const word = fc.constantFrom(...words);
  // Patterns in the lexicons' own syntax: words, alternatives, optional words, gaps, open word ends.
  const pattern: fc.Arbitrary<string> = fc.letrec<{ p: string }>((tie) => ({
    p: fc.oneof(
      { depthSize: 'small' },
      word,
      fc.tuple(word, word).map(([a, b]) => `(?:${a}|${b})`),
      word.map((w) => `${w}\\w*`),
      word.map((w) => `(?:${w} )?`),
      fc.integer({ min: 1, max: 3 }).map((n) => gap(n)),
      fc.constant('\\d{1,2}'),
      fc.constant("[\\w']+"),
      fc.tuple(tie('p'), tie('p')).map(([a, b]) => `${a} ${b}`),
      fc.tuple(tie('p'), tie('p')).map(([a, b]) => `${a}|${b}`),
    ),
  })).p;
  // Words glued to odd characters too ("øwil", "x'dood"): a match may start after a letter that is not \w.
  const text = fc
    .array(
      fc.tuple(
        fc.oneof(word, fc.constantFrom(' ', ', ', '. ', '!', 'Ø', "'", '😊', '-', '#')),
        fc.constantFrom(' ', ''),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''));

  it('should find exactly what a scan of every pattern over the whole text finds', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 8 }), text, (sources, input) => {
        const patterns = sources.map((source, i) => ({
          label: `l${i}`,
          pattern: source,
          weight: 1 + (i % 3),
          negatable: i % 2 === 0,
        }));
        const lexicon = compileLexicon(patterns);
        expect(findCues(normalizeText(input), lexicon)).toEqual(referenceCues(input, patterns));
      }),
      { numRuns: 400 },
    );
  });
});
