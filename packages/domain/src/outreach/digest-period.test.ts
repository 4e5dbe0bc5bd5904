import { describe, expect, it } from '@jest/globals';
import { lastDigestPeriod } from './digest-period.js';

describe('lastDigestPeriod', () => {
  it.each([
    ['a Sunday evening', '2026-12-06T22:00:00Z', '2026-W48', '2026-11-23', '2026-11-30'],
    ['a Monday morning', '2026-12-07T06:00:00Z', '2026-W49', '2026-11-30', '2026-12-07'],
    ['a Wednesday', '2026-12-09T12:00:00Z', '2026-W49', '2026-11-30', '2026-12-07'],
    ['the turn of the year', '2027-01-04T01:00:00Z', '2026-W53', '2026-12-28', '2027-01-04'],
  ])('should give last ISO week on %s', (_name, now, key, from, to) => {
    const p = lastDigestPeriod(new Date(now), 'weekly');
    expect(p.key).toBe(key);
    expect(p.from.toISOString().slice(0, 10)).toBe(from);
    expect(p.to.toISOString().slice(0, 10)).toBe(to);
  });

  it('should give yesterday for a daily digest, the same all day long', () => {
    const morning = lastDigestPeriod(new Date('2026-12-06T00:10:00Z'), 'daily');
    const evening = lastDigestPeriod(new Date('2026-12-06T23:50:00Z'), 'daily');
    expect(morning).toEqual(evening);
    expect(morning.key).toBe('2026-12-05');
  });
});
