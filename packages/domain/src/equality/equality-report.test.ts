import { buildContribution, buildMembers, daysAgo, NOW } from '../testing/builders.js';
import { type EqualityContribution, equalityReport, EQUALITY_THRESHOLDS } from './equality-report.js';

/** Each member writes `count` contributions of `length` characters. */
function talk(
  memberId: string,
  count: number,
  length = 100,
  replyToMemberId: string | null = null,
): EqualityContribution[] {
  return Array.from({ length: count }, () => buildContribution({ memberId, length, replyToMemberId }));
}

describe('equalityReport', () => {
  it('should report an empty group without dividing by zero', () => {
    const report = equalityReport([], []);
    expect(report).toMatchObject({
      memberCount: 0,
      contributionCount: 0,
      gini: 0,
      facilitators: { shareOfVoice: 0, shareOfContributions: 0, shareOfMembers: 0 },
      advice: [{ key: 'equality.tooLittleData', params: { count: 0 } }],
      belowPrivacyThreshold: true,
    });
  });

  it('should compute share of voice by characters and by count', () => {
    const members = buildMembers(2);
    const report = equalityReport([...talk('m1', 1, 300), ...talk('m2', 3, 100)], members);
    expect(report.members).toEqual([
      {
        memberId: 'm1',
        isFacilitator: false,
        contributions: 1,
        characters: 300,
        shareOfVoice: 0.5,
        shareOfContributions: 0.25,
      },
      {
        memberId: 'm2',
        isFacilitator: false,
        contributions: 3,
        characters: 300,
        shareOfVoice: 0.5,
        shareOfContributions: 0.75,
      },
    ]);
    expect(report.gini).toBe(0);
    expect(report.giniByCount).toBe(0.25);
  });

  it('should advise when facilitators dominate, in the words of the brief', () => {
    // 2 facilitators of 13 members (15 %), 45 % of the characters.
    const members = buildMembers(11, 2);
    const contributions = [
      ...talk('f1', 9, 100),
      ...talk('f2', 9, 100),
      ...Array.from({ length: 11 }, (_, i) => talk(`m${i + 1}`, 2, 100)).flat(),
    ];
    const report = equalityReport(contributions, members);
    expect(report.facilitators.shareOfMembers).toBeCloseTo(0.154, 3);
    expect(report.facilitators.shareOfVoice).toBeCloseTo(0.45, 2);
    expect(report.advice).toContainEqual({
      key: 'equality.facilitatorDominance',
      params: { voicePercent: 45, memberPercent: 15 },
    });
  });

  it('should call a balanced group balanced', () => {
    const members = buildMembers(5, 1);
    const contributions = ['f1', 'm1', 'm2', 'm3', 'm4', 'm5'].flatMap((id, i, all) =>
      talk(id, 2, 100, all[(i + 1) % all.length] as string).concat(
        talk(id, 1, 100, all[(i + all.length - 1) % all.length] as string),
      ),
    );
    const report = equalityReport(contributions, members);
    expect(report.advice).toEqual([{ key: 'equality.balanced', params: {} }]);
    expect(report.belowPrivacyThreshold).toBe(false);
  });

  it('should advise on a dominant member, uneven voice and silent members', () => {
    const members = buildMembers(6);
    const report = equalityReport(
      [...talk('m1', 10, 500), ...talk('m2', 2, 50), ...talk('m3', 1, 50)],
      members,
    );
    expect(report.silentMemberIds).toEqual(['m4', 'm5', 'm6']);
    expect(report.advice.map((a) => a.key)).toEqual([
      'equality.memberDominance',
      'equality.unevenVoice',
      'equality.silentMembers',
    ]);
    expect(report.advice[0]?.params).toEqual({ percent: 97, memberId: 'm1' });
    expect(report.advice[2]?.params).toEqual({ count: 3, total: 6 });
    expect(report.gini).toBeGreaterThanOrEqual(EQUALITY_THRESHOLDS.unevenGini);
  });

  it('should map reciprocity: who replies to whom and whether it goes both ways', () => {
    const members = buildMembers(4);
    const contributions = [
      ...talk('m1', 3, 10, 'm2'),
      ...talk('m2', 1, 10, 'm1'),
      ...talk('m3', 4, 10, 'm1'),
      ...talk('m4', 2, 10, 'm4'), // replying to oneself is not a reply
      ...talk('m4', 1, 10, 'ghost'), // nor is replying to someone outside the group
      ...talk('m4', 1, 10, null),
    ];
    const report = equalityReport(contributions, members);
    expect(report.reciprocity.edges).toEqual([
      { fromMemberId: 'm1', toMemberId: 'm2', count: 3 },
      { fromMemberId: 'm2', toMemberId: 'm1', count: 1 },
      { fromMemberId: 'm3', toMemberId: 'm1', count: 4 },
    ]);
    expect(report.reciprocity.mutualPairs).toEqual([['m1', 'm2']]);
    expect(report.reciprocity.replies).toBe(8);
    expect(report.reciprocity.reciprocatedShare).toBe(0.5);
  });

  it('should advise when little goes back and forth', () => {
    const members = buildMembers(5);
    const contributions = ['m2', 'm3', 'm4', 'm5']
      .flatMap((id) => talk(id, 3, 100, 'm1'))
      .concat(talk('m1', 1, 100));
    const report = equalityReport(contributions, members);
    expect(report.reciprocity.reciprocatedShare).toBe(0);
    expect(report.advice).toContainEqual({ key: 'equality.lowReciprocity', params: { percent: 0 } });
  });

  it('should limit the report to a period and skip unknown members', () => {
    const members = buildMembers(2);
    const contributions = [
      buildContribution({ memberId: 'm1', at: daysAgo(10) }),
      buildContribution({ memberId: 'm1', at: daysAgo(1) }),
      buildContribution({ memberId: 'm2' }),
      buildContribution({ memberId: 'stranger', at: daysAgo(1) }),
    ];
    const report = equalityReport(contributions, members, { from: daysAgo(2), to: NOW });
    expect(report.contributionCount).toBe(2);
    expect(report.unknownMemberContributions).toBe(1);
  });

  it('should give the same report for any input order', () => {
    const members = buildMembers(3, 1);
    const contributions = [
      ...talk('m1', 3, 70, 'f1'),
      ...talk('f1', 2, 200, 'm2'),
      ...talk('m2', 1, 30, 'm1'),
    ];
    expect(equalityReport([...contributions].reverse(), [...members].reverse())).toEqual(
      equalityReport(contributions, members),
    );
  });
});
