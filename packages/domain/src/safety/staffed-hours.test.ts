import {
  dutchTimeOf,
  isStaffedAt,
  parseTimeOfDay,
  type StaffedHours,
  validateStaffedHours,
} from './staffed-hours.js';

const weekdays9to17: StaffedHours = {
  ranges: [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as 1, from: '09:00', to: '17:00' })),
  countSessions: true,
};

describe('dutchTimeOf', () => {
  it.each([
    ['winter time (UTC+1)', '2026-01-12T08:00:00Z', 1, 9 * 60],
    ['summer time (UTC+2)', '2026-07-13T07:00:00Z', 1, 9 * 60],
    [
      'the night the clocks go forward, after 02:00 UTC+1 became 03:00',
      '2026-03-29T01:30:00Z',
      7,
      3 * 60 + 30,
    ],
    ['the night the clocks go back, the second 02:30', '2026-10-25T01:30:00Z', 7, 2 * 60 + 30],
    ['late Sunday in UTC but Monday in Amsterdam', '2026-01-11T23:30:00Z', 1, 30],
  ])('should read %s', (_s, iso, weekday, minutes) => {
    expect(dutchTimeOf(new Date(iso))).toEqual({ weekday, minutes });
  });
});

describe('isStaffedAt', () => {
  it.each([
    ['Monday 09:00 in winter', '2026-01-12T08:00:00Z', true],
    ['Monday 08:59 in winter', '2026-01-12T07:59:00Z', false],
    ['Monday 09:00 in summer (07:00 UTC)', '2026-07-13T07:00:00Z', true],
    ['Monday 08:00 in summer (still 06:00 UTC)', '2026-07-13T06:00:00Z', false],
    ['Friday 16:59', '2026-03-27T15:59:00Z', true],
    ['Friday 17:00 (the end is not included)', '2026-03-27T16:00:00Z', false],
    ['Saturday 11:00', '2026-03-28T10:00:00Z', false],
    ['Monday after the clocks went forward, 09:30 CEST', '2026-03-30T07:30:00Z', true],
    [
      'Monday after the clocks went forward, 08:30 CEST (07:30 CET would say 09:30 wrongly)',
      '2026-03-30T06:30:00Z',
      false,
    ],
    ['Monday after the clocks went back, 16:30 CET', '2026-10-26T15:30:00Z', true],
    ['Monday after the clocks went back, 17:30 CET', '2026-10-26T16:30:00Z', false],
  ])('should say whether someone watches on %s', (_s, iso, staffed) => {
    expect(isStaffedAt(weekdays9to17, [], new Date(iso))).toBe(staffed);
  });

  const session = new Date('2026-03-28T18:00:00Z'); // a Saturday evening session
  it.each([
    ['during a session', '2026-03-28T19:00:00Z', true, true],
    ['a quarter before it', '2026-03-28T17:45:00Z', true, true],
    ['sixteen minutes before it', '2026-03-28T17:44:00Z', true, false],
    ['two hours after its start', '2026-03-28T20:00:00Z', true, false],
    ['during a session the organisation does not count', '2026-03-28T19:00:00Z', false, false],
  ])('should count session times %s', (_s, iso, countSessions, staffed) => {
    expect(isStaffedAt({ ...weekdays9to17, countSessions }, [session], new Date(iso))).toBe(staffed);
  });

  it('should say nobody watches when no hours are set', () => {
    expect(isStaffedAt({ ranges: [], countSessions: false }, [], new Date('2026-01-12T10:00:00Z'))).toBe(
      false,
    );
  });

  it('should take a range to the end of the day', () => {
    const late: StaffedHours = { ranges: [{ weekday: 7, from: '20:00', to: '24:00' }], countSessions: false };
    expect(isStaffedAt(late, [], new Date('2026-01-11T22:59:00Z'))).toBe(true);
    expect(isStaffedAt(late, [], new Date('2026-01-11T23:00:00Z'))).toBe(false);
  });
});

describe('validateStaffedHours', () => {
  it('should clean and sort valid settings', () => {
    const r = validateStaffedHours({
      ranges: [
        { weekday: 3, from: '13:00', to: '17:00' },
        { weekday: 1, from: '09:00', to: '12:00' },
      ],
      countSessions: false,
    });
    expect(r).toEqual({
      ok: true,
      value: {
        ranges: [
          { weekday: 1, from: '09:00', to: '12:00' },
          { weekday: 3, from: '13:00', to: '17:00' },
        ],
        countSessions: false,
      },
    });
  });

  it.each([
    ['nothing', null, /Geef/],
    ['ranges that are not a list', { ranges: 'ma', countSessions: true }, /lijst/],
    ['no sessions choice', { ranges: [] }, /bijeenkomsten/],
    ['a weekday 0', { ranges: [{ weekday: 0, from: '09:00', to: '10:00' }], countSessions: true }, /dag/],
    [
      'a time like 9:00',
      { ranges: [{ weekday: 1, from: '9:00', to: '10:00' }], countSessions: true },
      /uu:mm/,
    ],
    [
      'an end before the start',
      { ranges: [{ weekday: 1, from: '17:00', to: '09:00' }], countSessions: true },
      /na het begin/,
    ],
    [
      'a range of nothing',
      { ranges: [{ weekday: 1, from: '09:00', to: '09:00' }], countSessions: true },
      /na het begin/,
    ],
    [
      'too many ranges',
      { ranges: Array(51).fill({ weekday: 1, from: '09:00', to: '10:00' }), countSessions: true },
      /Hoogstens/,
    ],
    ['a range that is not an object', { ranges: [5], countSessions: true }, /tijdvak/],
  ])('should refuse %s', (_s, input, message) => {
    const r = validateStaffedHours(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it.each([
    ['00:00', 0],
    ['24:00', 1440],
    ['24:01', null],
    ['12:60', null],
    ['25:00', null],
    [9, null],
  ])('should parse %s', (s, minutes) => {
    expect(parseTimeOfDay(s)).toBe(minutes);
  });
});
