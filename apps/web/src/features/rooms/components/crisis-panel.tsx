import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';

/**
 * Shown to the author the moment a contribution reads like a crisis: the message did arrive, the
 * group's facilitators have been told (only where a room has them), and 113 is right here.
 * Focus moves to it, so screen-reader users hear it at once; it closes when they want.
 */
export function CrisisPanel({
  hostsTold,
  watched,
  onClose,
}: {
  hostsTold: boolean;
  /** Inside staffed hours someone watches now; outside, the panel says plainly that nobody does. */
  watched?: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="crisis-panel" role="dialog" aria-modal="false" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="crisis-panel__heading">
        {watched === false ? t('crisisPanel.unwatchedHeading') : t('rooms.crisis.heading')}
      </h2>
      {watched === false ? (
        <p>{t('crisisPanel.unwatched')}</p>
      ) : (
        <>
          <p>
            {watched === true
              ? t('crisisPanel.watched')
              : hostsTold
                ? t('rooms.crisis.deliveredHosts')
                : t('rooms.crisis.delivered')}
          </p>
          <p>{t('rooms.crisis.talk')}</p>
        </>
      )}
      <ul className="crisis-panel__lines">
        <li>
          {t('rooms.crisis.callPrefix')} <a href="tel:113">113</a> {t('rooms.crisis.callOr')}{' '}
          <a href="tel:08000113">0800-0113</a>
        </li>
        <li>
          {t('rooms.crisis.chatPrefix')}{' '}
          <a href="https://www.113.nl" target="_blank" rel="noreferrer">
            113.nl
            <span className="visually-hidden"> {t('rooms.crisis.newTab')}</span>
          </a>
        </li>
      </ul>
      <p className="crisis-panel__urgent">
        {t('rooms.crisis.urgentPrefix')} <a href="tel:112">112</a>.
      </p>
      <Button variant="secondary" onClick={onClose}>
        {t('rooms.crisis.close')}
      </Button>
    </section>
  );
}
