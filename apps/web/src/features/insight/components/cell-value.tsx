import type { Cell, CellUnit } from '@spiegel/domain';
import { useTranslation } from 'react-i18next';
import { cellText } from '../lib/format';

/** A report figure; a suppressed one reads "< 5" and says why on hover and to screen readers. */
export function CellValue({ cell, unit }: { cell: Cell; unit: CellUnit }) {
  const { t } = useTranslation();
  if (!cell.suppressed) return <>{cellText(cell, unit)}</>;
  return (
    <span className="cell--suppressed" title={t('insight.suppressed.hint')}>
      <span aria-hidden="true">{cellText(cell, unit)}</span>
      <span className="visually-hidden">{t('insight.suppressed.spoken')}</span>
    </span>
  );
}
