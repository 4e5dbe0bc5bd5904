import { compileLexicon, findCues, gap, isNegated, resolveOverlaps } from './match-cues.js';
import { normalizeText } from './normalize-text.js';

const lexicon = compileLexicon([
  { label: 'a', pattern: 'herken', weight: 3, negatable: true },
  { label: 'b', pattern: 'niet meer alleen', weight: 3 },
  { label: 'c', pattern: 'alleen', weight: 1 },
  { label: 'd', pattern: `samen ${gap(2)}koffie`, weight: 2 },
]);

describe('findCues', () => {
  it.each([
    ['matches whole words only', 'herkenbaar', []],
    ['finds a cue', 'dat herken ik', ['a:herken']],
    ['drops a cue negated before it', 'ik herken het niet', []],
    ['drops a cue negated before it in English style', "don't herken", []],
    ['keeps a cue when the negation is in another clause', 'niet doen. herken ik', ['a:herken']],
    ['lets a gap skip ordinary words', 'samen een kop koffie', ['d:samen een kop koffie']],
    ['does not let a gap hide a negation', 'samen niet koffie', []],
  ])('should behave when it %s', (_scenario, text, expected) => {
    const cues = findCues(normalizeText(text), lexicon).map((c) => `${c.label}:${c.cue}`);
    expect(cues).toEqual(expected);
  });
});

describe('resolveOverlaps', () => {
  it('should keep the strongest cue where cues overlap', () => {
    const cues = resolveOverlaps(findCues(normalizeText('Ik ben niet meer alleen'), lexicon));
    expect(cues.map((c) => c.label)).toEqual(['b']);
  });

  it('should prefer the longer cue when weights are equal and keep order of appearance', () => {
    const tied = compileLexicon([
      { label: 'short', pattern: 'zo', weight: 1 },
      { label: 'long', pattern: 'zo fijn', weight: 1 },
      { label: 'other', pattern: 'echt', weight: 1 },
    ]);
    const cues = resolveOverlaps(findCues(normalizeText('echt zo fijn'), tied));
    expect(cues.map((c) => c.label)).toEqual(['other', 'long']);
  });
});

describe('isNegated', () => {
  it('should look three words back and three forward (Dutch negation follows the verb)', () => {
    expect(isNegated('ik herken me er niet in', 3, 9)).toBe(true);
    expect(isNegated('geen idee maar wel dat ik herken', 26, 32)).toBe(false);
  });
});
