import { daysBetween, toIsoDate, toTime, wholeDaysBetween } from './days-between.js';

describe('days-between', () => {
  const a = new Date('2026-03-01T10:00:00Z');

  it.each([
    ['a day later', '2026-03-02T10:00:00Z', 1, 1],
    ['half a day later', '2026-03-01T22:00:00Z', 0.5, 0],
    ['across the DST change in Europe', '2026-03-31T10:00:00Z', 30, 30],
    ['earlier', '2026-02-27T10:00:00Z', -2, 0],
  ])('should count days from milliseconds when %s', (_scenario, to, days, whole) => {
    expect(daysBetween(a, new Date(to))).toBe(days);
    expect(wholeDaysBetween(a, new Date(to))).toBe(whole);
  });

  it('should reject invalid dates', () => {
    expect(() => toTime(new Date('nope'))).toThrow(RangeError);
    expect(() => toIsoDate(new Date('nope'))).toThrow(RangeError);
  });

  it('should format a UTC date', () => {
    expect(toIsoDate(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-01');
  });
});
