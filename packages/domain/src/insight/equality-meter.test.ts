import fc from 'fast-check';
import { type EqualityContribution, equalityReport } from '../equality/equality-report.js';
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

  it('should give the same numbers and advice as equalityReport over the same contributions', () => {
    const memberIds = ['f1', 'm1', 'm2', 'm3', 'm4', 'm5'];
    const contribution = fc.record({
      memberId: fc.constantFrom(...memberIds),
      length: fc.integer({ min: 0, max: 500 }),
      replyToMemberId: fc.option(fc.constantFrom(...memberIds), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(contribution, { maxLength: 60 }), (contributions: EqualityContribution[]) => {
        const members = memberIds.map((memberId) => ({ memberId, isFacilitator: memberId.startsWith('f') }));
        const report = equalityReport(contributions, members);
        const totals: VoiceTotals[] = members.map((m) => ({
          ...m,
          contributions: contributions.filter((c) => c.memberId === m.memberId).length,
          characters: contributions
            .filter((c) => c.memberId === m.memberId)
            .reduce((s, c) => s + c.length, 0),
        }));
        const replies: ReplyTotals[] = report.reciprocity.edges.map((e) => ({
          fromMemberId: e.fromMemberId,
          toMemberId: e.toMemberId,
          count: e.count,
        }));
        const meter = equalityMeter(totals, replies);
        expect(meter.gini).toBe(report.gini);
        expect(meter.facilitators.shareOfVoice).toBe(report.facilitators.shareOfVoice);
        expect(meter.facilitators.shareOfMembers).toBe(report.facilitators.shareOfMembers);
        expect(meter.silentMemberIds).toEqual(report.silentMemberIds);
        expect(meter.reciprocatedShare).toBe(report.reciprocity.reciprocatedShare);
        expect(meter.members.map((m) => [m.memberId, m.shareOfVoice])).toEqual(
          report.members.map((m) => [m.memberId, m.shareOfVoice]),
        );
        expect(meter.advice).toEqual(report.advice);
      }),
      { numRuns: 300 },
    );
  });
});
