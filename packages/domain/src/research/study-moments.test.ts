import { studyMoments, type StudyMomentsInput } from './study-moments.js';

const d = (s: string) => new Date(`${s}T12:00:00Z`);
const base: StudyMomentsInput = {
  enrolledAt: d('2026-01-01'),
  trajectStartsOn: d('2026-01-05'),
  trajectEndsAt: d('2026-03-01'),
  firstHerkenningAt: null,
  done: {},
  stopped: false,
  now: d('2026-01-03'),
};
const status = (i: Partial<StudyMomentsInput>) =>
  Object.fromEntries(studyMoments({ ...base, ...i }).map((m) => [m.moment, m.status]));

describe('studyMoments', () => {
  it.each<[string, Partial<StudyMomentsInput>, Record<string, string>]>([
    [
      'before the start: T0 due, the rest to come',
      {},
      { t0: 'due', herkenning: 'upcoming', einde: 'upcoming', plus1m: 'upcoming', plus3m: 'upcoming' },
    ],
    [
      'T0 missed after two weeks past the start',
      { now: d('2026-01-20') },
      { t0: 'missed', herkenning: 'upcoming' },
    ],
    [
      'herkenning due within a week of the first one',
      { now: d('2026-02-01'), firstHerkenningAt: d('2026-01-28') },
      { herkenning: 'due' },
    ],
    [
      'herkenning missed after a week',
      { now: d('2026-02-05'), firstHerkenningAt: d('2026-01-28') },
      { herkenning: 'missed' },
    ],
    ['the end due at the end', { now: d('2026-03-02') }, { einde: 'due', plus1m: 'upcoming' }],
    [
      '+1 month due a month after the end',
      { now: d('2026-04-01') },
      { einde: 'missed', plus1m: 'due', plus3m: 'upcoming' },
    ],
    [
      '+3 months due three months after the end',
      { now: d('2026-06-01') },
      { plus1m: 'missed', plus3m: 'due' },
    ],
    [
      'answered and skipped moments stay so',
      { now: d('2026-06-01'), done: { t0: 'answered', einde: 'skipped' } },
      { t0: 'answered', einde: 'skipped', plus3m: 'due' },
    ],
    [
      'everything open stops when the person stops',
      { now: d('2026-06-01'), stopped: true, done: { t0: 'answered' } },
      { t0: 'answered', plus3m: 'stopped', einde: 'stopped' },
    ],
  ])('should show %s', (_name, input, expected) => {
    expect(status(input)).toMatchObject(expected);
  });

  it('should give someone who joins late two weeks for T0', () => {
    const [t0] = studyMoments({ ...base, enrolledAt: d('2026-01-15'), now: d('2026-01-25') });
    expect(t0).toMatchObject({
      status: 'due',
      opensAt: d('2026-01-05').toISOString(),
      closesAt: d('2026-01-29').toISOString(),
    });
  });

  it('should leave the herkenning moment without dates until there is a first herkenning', () => {
    const m = studyMoments(base).find((x) => x.moment === 'herkenning')!;
    expect(m).toEqual({ moment: 'herkenning', status: 'upcoming', opensAt: null, closesAt: null });
  });
});
