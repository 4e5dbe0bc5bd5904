import { EQUALITY_THRESHOLDS } from '../equality/equality-advice.js';
import { type Language } from '../phases/phases.js';
import { round3 } from '../math/numbers.js';

/** Aggregates describing fewer people than this are not shown (privacy): they read "< 5". */
export const PRIVACY_MIN_PEOPLE = EQUALITY_THRESHOLDS.privacyMinMembers;

/**
 * One figure in a report. `suppressed` cells carry no value at all, so nothing below the threshold can
 * leak through the API, the CSV or the page.
 */
export type Cell =
  | { readonly value: number; readonly suppressed: false }
  | { readonly value: null; readonly suppressed: true };

export const SUPPRESSED: Cell = { value: null, suppressed: true };

const shown = (value: number): Cell => ({ value, suppressed: false });

/** A number of people: suppressed below PRIVACY_MIN_PEOPLE (0 included: "< 5" says nothing more). */
export function countCell(people: number): Cell {
  return people < PRIVACY_MIN_PEOPLE ? SUPPRESSED : shown(people);
}

/**
 * A share of people, 0..1: suppressed when the part or the whole describes fewer than PRIVACY_MIN_PEOPLE.
 * (A share of a small group, or of a small part of a large one, would point at individuals.)
 */
export function shareCell(part: number, whole: number): Cell {
  if (part < PRIVACY_MIN_PEOPLE || whole < PRIVACY_MIN_PEOPLE) return SUPPRESSED;
  return shown(round3(part / whole));
}

/** Any other figure (a median, a Gini, a share of messages) computed from `people` people. */
export function statCell(value: number | null, people: number): Cell {
  if (value === null || !Number.isFinite(value) || people < PRIVACY_MIN_PEOPLE) return SUPPRESSED;
  return shown(round3(value));
}

export const CELL_UNITS = ['count', 'share', 'days', 'decimal'] as const;
export type CellUnit = (typeof CELL_UNITS)[number];

/** "< 5", "12", "42 %", "9,5 dagen" / "9.5 days", "0,31". */
export function formatCell(cell: Cell, unit: CellUnit, lang: Language): string {
  if (cell.suppressed) return `< ${PRIVACY_MIN_PEOPLE}`;
  const decimal = (n: number, digits: number) => {
    const text = String(Math.round(n * 10 ** digits) / 10 ** digits);
    return lang === 'nl' ? text.replace('.', ',') : text;
  };
  switch (unit) {
    case 'count':
      return String(cell.value);
    case 'share':
      return lang === 'nl' ? `${Math.round(cell.value * 100)} %` : `${Math.round(cell.value * 100)}%`;
    case 'days': {
      const days = decimal(cell.value, 1);
      if (lang === 'nl') return `${days} ${cell.value === 1 ? 'dag' : 'dagen'}`;
      return `${days} ${cell.value === 1 ? 'day' : 'days'}`;
    }
    case 'decimal':
      return decimal(cell.value, 2);
  }
}

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
