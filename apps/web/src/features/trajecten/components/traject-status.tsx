import { useTranslation } from 'react-i18next';
import type { TrajectStatus } from '@spiegel/domain';

const MARK: Record<TrajectStatus, string> = { gepland: '○', lopend: '◐', afgerond: '●' };

/** The traject's status in words (the mark is decoration; the word carries the meaning). */
export function TrajectStatusBadge({
  status,
  closedEarly,
}: {
  status: TrajectStatus;
  closedEarly?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <span className={`state traject-state traject-state--${status}`}>
      <span className="visually-hidden">{t('trajecten.statusLabel')}: </span>
      <span aria-hidden="true" className="traject-state__mark">
        {MARK[status]}
      </span>{' '}
      {t(`trajecten.status.${status}`)}
      {status === 'afgerond' && closedEarly && <> ({t('trajecten.closedEarly')})</>}
    </span>
  );
}
