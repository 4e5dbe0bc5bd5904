import { type AlumnusRow, formatMessage } from '@spiegel/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { TextBody } from '../../../components/ui/text-body';
import { currentLanguage, formatDate } from '../../../i18n';
import { RiskLevel } from './risk-level';
import { RiskTrend } from './risk-trend';

export type AlumnusAction = 'checkin' | 'message' | 'suggest' | 'contact' | 'snooze';

const DAY_MS = 86_400_000;

/** Whole days elapsed, like the reasons count them ("35 dagen geen contact"). */
function LastActive({ iso }: { iso: string | null }) {
  const { t } = useTranslation();
  // Read the clock once: the count should not change while someone reads the page.
  const [now] = useState(Date.now);
  if (!iso) return <>{t('nazorg.neverActive')}</>;
  const days = Math.floor((now - new Date(iso).getTime()) / DAY_MS);
  return (
    <time dateTime={iso}>
      {days <= 0 ? t('nazorg.lastActiveToday') : t('nazorg.lastActive', { count: days })}
    </time>
  );
}

/** One alumnus on "Na afloop": level in words, the reasons in plain language, the trend, what was done. */
export function AlumnusCard({
  alumnus,
  busy,
  onAction,
}: {
  alumnus: AlumnusRow;
  busy: boolean;
  onAction: (action: AlumnusAction) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const name = alumnus.member.displayName;
  const contact = alumnus.lastContact;
  const headingId = `alumnus-${alumnus.member.membershipId}`;
  return (
    <li className={`alumnus alumnus--${alumnus.level ?? 'onbekend'}`}>
      <div className="alumnus__head">
        <h3 id={headingId} className="alumnus__name person">
          <Avatar color={alumnus.member.avatarColor} name={name} size="large" />
          {name}
        </h3>
        <RiskLevel level={alumnus.level} />
      </div>
      <p className="alumnus__meta">
        {t('nazorg.traject', { traject: alumnus.trajectName, date: formatDate(alumnus.completedAt) })}
        {' · '}
        <LastActive iso={alumnus.lastActivityAt} />
        {alumnus.hasMentor && (
          <>
            {' · '}
            {t('nazorg.hasMentor')}
          </>
        )}
      </p>
      {alumnus.snoozedUntil && (
        <p className="notice-line">{t('nazorg.snoozed', { date: formatDate(alumnus.snoozedUntil) })}</p>
      )}
      <div className="alumnus__body">
        <div>
          <p className="alumnus__label">{t('nazorg.reasonsHeading')}</p>
          {alumnus.reasons.length === 0 ? (
            <p className="muted">{t('nazorg.noReasons')}</p>
          ) : (
            <ul className="reasons">
              {alumnus.reasons.map((reason, i) => (
                <li key={`${reason.key}-${i}`}>{formatMessage(reason, lang)}</li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <p className="alumnus__label">{t('nazorg.trendHeading')}</p>
          <RiskTrend history={alumnus.history} />
        </div>
      </div>
      {contact ? (
        <div className="alumnus__contact">
          <p>
            {t('nazorg.lastContact', {
              kind: t(`nazorg.contactKinds.${contact.kind}`),
              by: contact.by,
              date: formatDate(contact.at),
            })}
          </p>
          {contact.note && (
            <div className="alumnus__note">
              <p className="alumnus__label">{t('nazorg.note')}</p>
              <TextBody text={contact.note} />
            </div>
          )}
        </div>
      ) : (
        <p className="muted">{t('nazorg.noContact')}</p>
      )}
      <div
        className="button-row alumnus__actions"
        role="group"
        aria-label={t('nazorg.actionsLabel', { name })}
      >
        <Button onClick={() => onAction('checkin')}>
          {t('checkin.button')}
          <span className="visually-hidden">{t('nazorg.forName', { name })}</span>
        </Button>
        <Button variant="secondary" onClick={() => onAction('message')} disabled={busy}>
          {busy ? t('nazorg.opening') : t('nazorg.message')}
          <span className="visually-hidden">{t('nazorg.forName', { name })}</span>
        </Button>
        <Button variant="secondary" onClick={() => onAction('suggest')}>
          {t('nazorg.suggestMentor')}
          <span className="visually-hidden">{t('nazorg.forName', { name })}</span>
        </Button>
        <Button variant="secondary" onClick={() => onAction('contact')}>
          {t('nazorg.contact')}
          <span className="visually-hidden">{t('nazorg.withName', { name })}</span>
        </Button>
        <Button variant="quiet" onClick={() => onAction('snooze')}>
          {t('nazorg.snooze')}
          <span className="visually-hidden">{t('nazorg.ofName', { name })}</span>
        </Button>
      </div>
    </li>
  );
}
