import fc from 'fast-check';
import { EQUALITY_THRESHOLDS } from '../equality/equality-advice.js';
import { equalityMeter, type ReplyTotals, type VoiceTotals } from './equality-meter.js';

describe('equalityMeter', () => {
  it('should say it in the words of the brief when facilitators dominate', () => {
    // 2 facilitators of 13 members (15 %) wrote 45 % of the characters.
    const totals: VoiceTotals[] = [
      { memberId: 'f1', isFacilitator: true, contributions: 9, characters: 900 },
      { memberId: 'f2', isFacilitator: true, contributions: 9, characters: 900 },
      ...Array.from({ length: 11 }, (_, i) => ({
        memberId: `m${i + 1}`,
        isFacilitator: false,
        contributions: 2,
        characters: 200,
      })),
    ];
    const meter = equalityMeter(totals);
    expect(meter.facilitators).toEqual({ shareOfVoice: 0.45, shareOfMembers: 0.154 });
    expect(meter.advice[0]).toEqual({
      key: 'equality.facilitatorDominance',
      params: { voicePercent: 45, memberPercent: 15 },
    });
  });

  it('should add up repeated members, ignore replies to strangers and to oneself, and count silent members', () => {
    const meter = equalityMeter(
      [
        { memberId: 'a', isFacilitator: false, contributions: 3, characters: 300 },
        { memberId: 'a', isFacilitator: false, contributions: 2, characters: 100 },
        { memberId: 'b', isFacilitator: false, contributions: 0, characters: 0 },
      ],
      [
        { fromMemberId: 'a', toMemberId: 'a', count: 3 },
        { fromMemberId: 'a', toMemberId: 'x', count: 3 },
      ],
    );
    expect(meter.members).toEqual([
      { memberId: 'a', isFacilitator: false, contributions: 5, characters: 400, shareOfVoice: 1 },
      { memberId: 'b', isFacilitator: false, contributions: 0, characters: 0, shareOfVoice: 0 },
    ]);
    expect(meter.silentMemberIds).toEqual(['b']);
    expect(meter.reciprocatedShare).toBe(0);
    expect(meter.advice).toEqual([{ key: 'equality.tooLittleData', params: { count: 5 } }]);
  });

  // The cases below once checked equalityReport, which took every contribution; the meter takes the sums.

  /** `count` contributions of `length` characters each, summed. */
  const talk = (memberId: string, count: number, length = 100, isFacilitator = memberId.startsWith('f')) => ({
    memberId,
    isFacilitator,
    contributions: count,
    characters: count * length,
  });
  const group = (participants: number, facilitators = 0): VoiceTotals[] => [
    ...Array.from({ length: facilitators }, (_, i) => talk(`f${i + 1}`, 0)),
    ...Array.from({ length: participants }, (_, i) => talk(`m${i + 1}`, 0)),
  ];
  const reply = (fromMemberId: string, toMemberId: string, count = 1): ReplyTotals => ({
    fromMemberId,
    toMemberId,
    count,
  });

  it('should measure an empty group without dividing by zero', () => {
    expect(equalityMeter([])).toEqual({
      memberCount: 0,
      contributionCount: 0,
      characterCount: 0,
      members: [],
      gini: 0,
      facilitators: { shareOfVoice: 0, shareOfMembers: 0 },
      silentMemberIds: [],
      reciprocatedShare: 0,
      advice: [{ key: 'equality.tooLittleData', params: { count: 0 } }],
    });
  });

  it('should measure share of voice by characters, not by the number of contributions', () => {
    const meter = equalityMeter([talk('m1', 1, 300), talk('m2', 3, 100)]);
    expect(meter.members.map((m) => [m.memberId, m.contributions, m.characters, m.shareOfVoice])).toEqual([
      ['m1', 1, 300, 0.5],
      ['m2', 3, 300, 0.5],
    ]);
    expect(meter.gini).toBe(0);
  });

  it('should call a balanced group balanced', () => {
    const ids = ['f1', 'm1', 'm2', 'm3', 'm4', 'm5'];
    const meter = equalityMeter(
      ids.map((id) => talk(id, 3)),
      ids.flatMap((id, i) => [
        reply(id, ids[(i + 1) % ids.length]!, 2),
        reply(id, ids[(i + 5) % ids.length]!),
      ]),
    );
    expect(meter.reciprocatedShare).toBe(1);
    expect(meter.advice).toEqual([{ key: 'equality.balanced', params: {} }]);
  });

  it('should advise on a dominant member, uneven voice and silent members', () => {
    const totals = group(6).map((m) =>
      m.memberId === 'm1'
        ? talk('m1', 10, 500)
        : m.memberId === 'm2'
          ? talk('m2', 2, 50)
          : m.memberId === 'm3'
            ? talk('m3', 1, 50)
            : m,
    );
    const meter = equalityMeter(totals);
    expect(meter.silentMemberIds).toEqual(['m4', 'm5', 'm6']);
    expect(meter.advice.map((a) => a.key)).toEqual([
      'equality.memberDominance',
      'equality.unevenVoice',
      'equality.silentMembers',
    ]);
    expect(meter.advice[0]?.params).toEqual({ percent: 97, memberId: 'm1' });
    expect(meter.advice[2]?.params).toEqual({ count: 3, total: 6 });
    expect(meter.gini).toBeGreaterThanOrEqual(EQUALITY_THRESHOLDS.unevenGini);
  });

  it('should count replies that go both ways, and not replies to oneself or to strangers', () => {
    const meter = equalityMeter(
      [talk('m1', 3, 10), talk('m2', 1, 10), talk('m3', 4, 10), talk('m4', 4, 10)],
      [
        reply('m1', 'm2', 3),
        reply('m2', 'm1', 1),
        reply('m3', 'm1', 4),
        reply('m4', 'm4', 2),
        reply('m4', 'ghost'),
      ],
    );
    // 4 of the 8 replies went along a pair that also replies the other way.
    expect(meter.reciprocatedShare).toBe(0.5);
  });

  it('should advise when little goes back and forth', () => {
    const meter = equalityMeter(
      [talk('m1', 1), ...['m2', 'm3', 'm4', 'm5'].map((id) => talk(id, 3))],
      ['m2', 'm3', 'm4', 'm5'].map((id) => reply(id, 'm1', 3)),
    );
    expect(meter.reciprocatedShare).toBe(0);
    expect(meter.advice).toContainEqual({ key: 'equality.lowReciprocity', params: { percent: 0 } });
  });

  const memberIds = ['f1', 'm1', 'm2', 'm3', 'm4', 'm5'];
  const totalsArb = fc.array(
    fc.record({
      memberId: fc.constantFrom(...memberIds),
      contributions: fc.integer({ min: 0, max: 20 }),
      characters: fc.integer({ min: 0, max: 5000 }),
    }),
    { maxLength: 30 },
  );
  const repliesArb = fc.array(
    fc.record({
      fromMemberId: fc.constantFrom(...memberIds),
      toMemberId: fc.constantFrom(...memberIds, 'ghost'),
      count: fc.integer({ min: 1, max: 5 }),
    }),
    { maxLength: 30 },
  );
  const withRoles = (
    rows: { memberId: string; contributions: number; characters: number }[],
  ): VoiceTotals[] => rows.map((r) => ({ ...r, isFacilitator: r.memberId.startsWith('f') }));

  it('should give the same meter for any order of rows, and whether or not sums arrive split', () => {
    fc.assert(
      fc.property(totalsArb, repliesArb, (rows, replies) => {
        const totals = withRoles(rows);
        const meter = equalityMeter(totals, replies);
        expect(equalityMeter([...totals].reverse(), [...replies].reverse())).toEqual(meter);
        const split = totals.flatMap((t) => [
          { ...t, contributions: Math.floor(t.contributions / 2), characters: Math.floor(t.characters / 2) },
          { ...t, contributions: Math.ceil(t.contributions / 2), characters: Math.ceil(t.characters / 2) },
        ]);
        const splitReplies = replies.flatMap((r) =>
          r.count > 1
            ? [
                { ...r, count: 1 },
                { ...r, count: r.count - 1 },
              ]
            : [r],
        );
        expect(equalityMeter(split, splitReplies)).toEqual(meter);
      }),
      { numRuns: 200 },
    );
  });

  it('should keep shares between 0 and 1 and let them add up to the whole', () => {
    fc.assert(
      fc.property(totalsArb, repliesArb, (rows, replies) => {
        const meter = equalityMeter(withRoles(rows), replies);
        const shares = meter.members.map((m) => m.shareOfVoice);
        for (const x of [...shares, meter.gini, meter.reciprocatedShare, meter.facilitators.shareOfVoice])
          expect(x >= 0 && x <= 1).toBe(true);
        if (meter.characterCount > 0)
          expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(0.0005 * shares.length);
        expect(meter.memberCount).toBe(new Set(rows.map((r) => r.memberId)).size);
        expect(meter.contributionCount).toBe(rows.reduce((s, r) => s + r.contributions, 0));
      }),
      { numRuns: 200 },
    );
  });
});
