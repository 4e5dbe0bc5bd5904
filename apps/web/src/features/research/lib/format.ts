import { type Cell, type CellUnit, formatCell, type Language } from '@spiegel/domain';
import { currentLanguage } from '../../../i18n';

/** The current UI language as the domain's formatters want it. */
export function lang(): Language {
  return currentLanguage();
}

/** "2,9" in Dutch, "2.9" in English. */
export function decimal(value: number, digits = 2): string {
  const text = String(Math.round(value * 10 ** digits) / 10 ** digits);
  return lang() === 'nl' ? text.replace('.', ',') : text;
}

/** A report cell: "< 5" when suppressed. */
export function cellText(cell: Cell, unit: CellUnit): string {
  return formatCell(cell, unit, lang());
}
