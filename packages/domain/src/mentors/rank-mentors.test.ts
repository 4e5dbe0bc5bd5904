import fc from 'fast-check';
import { formatMessage } from '../messages/format-message.js';
import { buildCandidate, buildSeeker } from '../testing/builders.js';
import { THEME_IDS } from '../themes/themes.js';
import { AVAILABILITY_SLOTS, type MentorCandidate, rankMentors } from './rank-mentors.js';

describe('rankMentors', () => {
  it('should put shared themes and mutual recognition first, with reasons in plain words', () => {
    const seeker = buildSeeker({
      themes: ['eenzaamheid', 'rouw'],
      recognisedMemberIds: ['ahmed'],
      availability: ['avond'],
    });
    const ranked = rankMentors(seeker, [
      buildCandidate({ memberId: 'bea', themes: ['werk'] }),
      buildCandidate({
        memberId: 'ahmed',
        themes: ['eenzaamheid', 'rouw', 'werk'],
        recognisedMemberIds: ['seeker'],
        availability: ['avond', 'weekend'],
        activeMentees: 1,
      }),
    ]);
    expect(ranked.map((r) => r.memberId)).toEqual(['ahmed', 'bea']);
    expect(ranked[0]?.reasons.map((r) => formatMessage(r, 'nl'))).toEqual([
      'Jullie herkenden elkaar in de groep.',
      'Jullie hebben allebei geschreven over eenzaamheid en rouw.',
      'Jullie spreken allebei Nederlands.',
      'Allebei beschikbaar: avond.',
      'Nog 1 van de 2 plekken vrij.',
    ]);
    expect(ranked[0]?.score).toBeCloseTo(0.35 + 0.3 + 0.15 + 0.1, 3);
  });

  it.each([
    ['the candidate recognised the seeker', [], ['seeker'], 'mentor.candidateRecognisedSeeker', 0.7],
    ['the seeker recognised the candidate', ['c1'], [], 'mentor.seekerRecognisedCandidate', 0.7],
    ['nobody recognised anyone', [], [], undefined, 0],
  ])(
    'should weigh recognition when %s',
    (_scenario, seekerRecognised, candidateRecognised, key, component) => {
      const [ranked] = rankMentors(buildSeeker({ recognisedMemberIds: seekerRecognised }), [
        buildCandidate({ recognisedMemberIds: candidateRecognised }),
      ]);
      expect(ranked?.components.recognition).toBe(component);
      if (key !== undefined) expect(ranked?.reasons[0]?.key).toBe(key);
    },
  );

  it('should rank a candidate without a shared language low and say so', () => {
    const ranked = rankMentors(buildSeeker({ languages: ['ar'] }), [
      buildCandidate({ memberId: 'nl-only', themes: ['eenzaamheid'] }),
      buildCandidate({ memberId: 'speaks-ar', languages: ['NL', 'ar'] }),
    ]);
    expect(ranked.map((r) => r.memberId)).toEqual(['speaks-ar', 'nl-only']);
    expect(ranked[1]?.reasons.map((r) => r.key)).toContain('mentor.noSharedLanguage');
  });

  it('should prefer a candidate with more room', () => {
    const ranked = rankMentors(buildSeeker(), [
      buildCandidate({ memberId: 'busy', maxMentees: 4, activeMentees: 3 }),
      buildCandidate({ memberId: 'free', maxMentees: 4, activeMentees: 0 }),
    ]);
    expect(ranked.map((r) => r.memberId)).toEqual(['free', 'busy']);
  });

  it('should leave out the seeker and candidates without a free place', () => {
    const ranked = rankMentors(buildSeeker(), [
      buildCandidate({ memberId: 'seeker' }),
      buildCandidate({ memberId: 'full', maxMentees: 1, activeMentees: 1 }),
      buildCandidate({ memberId: 'none', maxMentees: 0 }),
    ]);
    expect(ranked).toEqual([]);
  });

  it('should break ties by memberId and keep the best entry for a repeated id', () => {
    const ranked = rankMentors(buildSeeker(), [
      buildCandidate({ memberId: 'b' }),
      buildCandidate({ memberId: 'a' }),
      buildCandidate({ memberId: 'a', themes: ['eenzaamheid'] }),
      buildCandidate({ memberId: 'b', themes: [] }),
    ]);
    expect(ranked.map((r) => r.memberId)).toEqual(['a', 'b']);
    expect(ranked[0]?.components.themes).toBe(0.5);
  });

  const candidate = fc.record({
    memberId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
    themes: fc.subarray([...THEME_IDS]),
    languages: fc.subarray(['nl', 'en', 'ar']),
    availability: fc.option(fc.subarray([...AVAILABILITY_SLOTS]), { nil: undefined }),
    recognisedMemberIds: fc.subarray(['seeker', 'a', 'b']),
    activeMentees: fc.integer({ min: 0, max: 3 }),
    maxMentees: fc.integer({ min: 0, max: 4 }),
  }) as fc.Arbitrary<MentorCandidate>;

  it('should not depend on the order of the candidates', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 12 }), fc.integer(), (candidates, seed) => {
        const seeker = buildSeeker({
          themes: ['angst', 'rouw'],
          languages: ['nl'],
          availability: ['avond'],
          recognisedMemberIds: ['a'],
        });
        const shuffled = [...candidates]
          .map((c, i) => ({ c, k: Math.imul(i + 1, seed | 1) >>> 0 }))
          .sort((x, y) => x.k - y.k)
          .map((x) => x.c);
        expect(rankMentors(seeker, shuffled)).toEqual(rankMentors(seeker, candidates));
      }),
      { numRuns: 300 },
    );
  });

  it('should keep scores in [0, 1] and sorted', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 12 }), (candidates) => {
        const ranked = rankMentors(buildSeeker(), candidates);
        ranked.forEach((r, i) => {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
          if (i > 0) expect(r.score).toBeLessThanOrEqual(ranked[i - 1]?.score ?? 1);
        });
      }),
    );
  });
});
