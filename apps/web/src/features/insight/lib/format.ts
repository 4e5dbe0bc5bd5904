import { type Cell, type CellUnit, formatCell, type Language } from '@spiegel/domain';
import { currentLanguage } from '../../../i18n';
import { shortDayMonth } from '../../../i18n/dates';

/** The current UI language as the domain's formatters want it. */
export function lang(): Language {
  return currentLanguage();
}

/** "42 %" in Dutch (a no-break space: a narrow cell never puts the % on a line of its own), "42%" in English. */
export function percent(share: number): string {
  const n = Math.round(share * 100);
  return lang() === 'nl' ? `${n}\u00a0%` : `${n}%`;
}

/** "0,33" in Dutch, "0.33" in English. */
export function decimal(value: number, digits = 2): string {
  const text = String(Math.round(value * 10 ** digits) / 10 ** digits);
  return lang() === 'nl' ? text.replace('.', ',') : text;
}

/** A report cell: "< 5" when suppressed; kept on one line ("18 %", "< 5", "3,5 dagen") in a narrow cell. */
export function cellText(cell: Cell, unit: CellUnit): string {
  return formatCell(cell, unit, lang()).replace(/ /g, '\u00a0');
}

/** "12 mrt" / "12 Mar": short dates for chart axes. */
export function shortDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return shortDayMonth(lang(), date);
}
