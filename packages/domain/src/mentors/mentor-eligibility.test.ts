import { formatMessage } from '../messages/format-message.js';
import { buildMentorProfile, daysAgo, daysLater, NOW } from '../testing/builders.js';
import { type MentorProfile, mentorEligibility } from './mentor-eligibility.js';

describe('mentorEligibility', () => {
  it('should accept a member who meets every condition, with the places left', () => {
    expect(mentorEligibility(buildMentorProfile({ maxMentees: 3, activeMentees: 1 }), NOW)).toEqual({
      eligible: true,
      eligibleIfOptedIn: true,
      reasons: [
        { key: 'mentor.eligible', params: {} },
        { key: 'mentor.placesLeft', params: { left: 2, max: 3 } },
      ],
    });
  });

  it.each<[string, Partial<MentorProfile>, string[], boolean]>([
    ['the traject is not completed', { trajectCompleted: false }, ['mentor.trajectNotCompleted'], false],
    ['getuigenis is not reached', { getuigenisReached: false }, ['mentor.getuigenisNotReached'], false],
    [
      'the facilitator did not confirm getuigenis',
      { getuigenisConfirmedByFacilitator: false },
      ['mentor.getuigenisNotConfirmed'],
      false,
    ],
    ['mentoring is paused', { paused: true }, ['mentor.paused'], false],
    ['all places are taken', { maxMentees: 2, activeMentees: 2 }, ['mentor.noCapacity'], false],
    ['there are no places at all', { maxMentees: 0 }, ['mentor.noCapacity'], false],
    ['an acute crisis was 10 days ago', { lastAcuteCrisisAt: daysAgo(10) }, ['mentor.recentCrisis'], false],
    ['a crisis date lies in the future', { lastAcuteCrisisAt: daysLater(1) }, ['mentor.recentCrisis'], false],
    ['their own zwart-gat risk is hoog', { zwartGatHigh: true }, ['mentor.supportFirst'], false],
    ['they have not opted in (but could)', { optedIn: false }, ['mentor.notOptedIn'], true],
    [
      'several things are missing',
      { optedIn: false, trajectCompleted: false, paused: true },
      ['mentor.trajectNotCompleted', 'mentor.paused', 'mentor.notOptedIn'],
      false,
    ],
  ])('should not be eligible when %s', (_scenario, overrides, keys, eligibleIfOptedIn) => {
    const result = mentorEligibility(buildMentorProfile(overrides), NOW);
    expect(result.eligible).toBe(false);
    expect(result.eligibleIfOptedIn).toBe(eligibleIfOptedIn);
    expect(result.reasons.map((r) => r.key)).toEqual(keys);
  });

  it.each<[string, Partial<MentorProfile>]>([
    [
      'the facilitator confirmed getuigenis the estimate missed',
      { getuigenisReached: false, getuigenisConfirmedByFacilitator: true },
    ],
    ['the last acute crisis was 30 days ago', { lastAcuteCrisisAt: daysAgo(30) }],
    ['their zwart-gat risk is not hoog', { zwartGatHigh: false }],
  ])('should be eligible when %s', (_scenario, overrides) => {
    expect(mentorEligibility(buildMentorProfile(overrides), NOW).eligible).toBe(true);
  });

  it('should word a recent crisis kindly', () => {
    const [reason] = mentorEligibility(buildMentorProfile({ lastAcuteCrisisAt: daysAgo(12) }), NOW).reasons;
    expect(formatMessage(reason!, 'nl')).toBe(
      'Had 12 dagen geleden een zware periode; eerst even goed voor zichzelf zorgen.',
    );
  });
});
