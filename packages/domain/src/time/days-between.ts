export const MS_PER_DAY = 86_400_000;

/** Milliseconds since the epoch; rejects invalid dates so bad data surfaces instead of skewing numbers. */
export function toTime(date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid Date passed to the domain');
  return time;
}

/** Days from `from` to `to` (fractional, negative when `to` is earlier). Plain milliseconds: no time zones. */
export function daysBetween(from: Date, to: Date): number {
  return (toTime(to) - toTime(from)) / MS_PER_DAY;
}

/** Whole days elapsed from `from` to `to`, rounded down; 0 when `to` is not after `from`. */
export function wholeDaysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor(daysBetween(from, to)));
}

/** yyyy-mm-dd in UTC, for message parameters. */
export function toIsoDate(date: Date): string {
  toTime(date);
  return date.toISOString().slice(0, 10);
}
