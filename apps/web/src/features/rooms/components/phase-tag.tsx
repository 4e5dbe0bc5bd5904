import type { ContributionView } from '@spiegel/domain';
import { useTranslation } from 'react-i18next';
import { phaseLabel } from '../lib/phase-label';

/**
 * For the author: a small, quiet, correctable suggestion, never a verdict. For hosts (with "fasen
 * tonen" on): the phase of each contribution. Nobody else ever receives a tag.
 */
export function PhaseTagLine({
  contribution,
  own,
  showForHost,
  onAdjust,
}: {
  contribution: ContributionView;
  own: boolean;
  showForHost: boolean;
  onAdjust: () => void;
}) {
  const { t, i18n } = useTranslation();
  const tag = contribution.phaseTag;
  if (!tag || contribution.deleted) return null;
  if (own) {
    if (!tag.phase) return null;
    return (
      <p className="phase-tag">
        {tag.setBy === 'author' ? t('rooms.phase.yourChoice') : t('rooms.phase.spiegelThinks')}{' '}
        <span className="phase-tag__phase">{phaseLabel(tag.phase, i18n.language)}</span>
        <span className="visually-hidden"> {t('rooms.phase.onlyYou')}</span>
        <span aria-hidden="true"> · </span>
        <button
          type="button"
          className="link-button"
          aria-label={t('rooms.phase.adjustLabel')}
          onClick={onAdjust}
        >
          {t('rooms.phase.adjust')}
        </button>
      </p>
    );
  }
  if (!showForHost || !tag.phase) return null;
  return (
    <p className="phase-tag phase-tag--host">
      <span className="visually-hidden">{t('rooms.phase.hostPrefix')} </span>
      <span className="phase-tag__phase">{phaseLabel(tag.phase, i18n.language)}</span>
      {tag.setBy === 'author' && <span className="phase-tag__by"> · {t('rooms.phase.byAuthor')}</span>}
    </p>
  );
}
