import { dateTimeFormat } from '../../../i18n';

/**
 * A calendar day the API sends as yyyy-mm-dd, e.g. "1 november 2026". Read as a local date: parsing it
 * as an instant (UTC midnight) would show the day before west of Greenwich.
 */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return dateTimeFormat({ dateStyle: 'long' }).format(date);
}

/** A moment with weekday and time, e.g. "donderdag 3 december 2026 om 19:00". */
export function formatSessionTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat({
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
