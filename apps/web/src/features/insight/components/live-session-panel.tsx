import { formatMessage, type InsightSessionPicture, PHASES } from '@spiegel/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTime } from '../../../i18n';
import { useSocketEvent } from '../../../lib/socket';
import { useSessionPicture } from '../api/get-session-picture';
import { insightKeys } from '../api/query-keys';
import { lang, percent } from '../lib/format';
import { PHASE_COLORS, PHASE_KEYS, type PhaseKey } from '../lib/phases';
import '../insight.css';

const STORAGE_KEY = 'spiegel.insight.livePanel';

function readOpen(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== 'closed';
  } catch {
    return true;
  }
}

export interface LiveSessionPanelProps {
  roomId: string;
  /** Where the full dashboard of this group is. */
  dashboardHref: string;
}

/**
 * The picture of the current session as it happens, for the group's facilitators: phases so far,
 * recognitions, who has not spoken yet, the equality meter. The socket pushes a new picture on every
 * contribution and recognition; only hosts ever receive it.
 */
export function LiveSessionPanel({ roomId, dashboardHref }: LiveSessionPanelProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const bodyId = useId();
  const [open, setOpen] = useState(readOpen);
  const picture = useSessionPicture(roomId, true);

  useSocketEvent('insight:session', (p) => {
    if (p.roomId === roomId) client.setQueryData(insightKeys.session(roomId), p);
  });

  const toggle = () => {
    const next = !open;
    setOpen(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next ? 'open' : 'closed');
    } catch {
      // Storage unavailable: the choice holds for this visit.
    }
  };

  return (
    <section className="side-card live-panel" aria-labelledby={`${bodyId}-heading`}>
      <h2 id={`${bodyId}-heading`} className="side-card__heading live-panel__heading">
        <button
          type="button"
          className="live-panel__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={toggle}
        >
          {t('insight.live.heading')}
        </button>
      </h2>
      <div id={bodyId} hidden={!open}>
        {picture.data ? (
          <LivePicture p={picture.data} />
        ) : (
          <p className="muted">{t('insight.live.loading')}</p>
        )}
        <p className="live-panel__link">
          <Link to={dashboardHref}>{t('insight.live.openDashboard')}</Link>
        </p>
      </div>
    </section>
  );
}

function LivePicture({ p }: { p: InsightSessionPicture }) {
  const { t } = useTranslation();
  const counts = new Map<PhaseKey, number>(p.phases.map((x) => [x.phase ?? 'none', x.count]));
  const total = p.contributions;
  const label = (k: PhaseKey) => (k === 'none' ? t('insight.phases.none') : PHASES[k].label[lang()]);
  const segments = PHASE_KEYS.reduce<{ k: PhaseKey; x: number; w: number }[]>((acc, k) => {
    const n = counts.get(k) ?? 0;
    const last = acc.at(-1);
    if (n > 0) acc.push({ k, x: last ? last.x + last.w : 0, w: total ? (n / total) * 200 : 0 });
    return acc;
  }, []);
  return (
    <div className="live-panel__body">
      <p className="muted live-panel__window">
        {p.sessionStartsAt
          ? t('insight.live.sinceSession', { time: formatTime(p.sessionStartsAt) })
          : t('insight.live.sinceHours', { time: formatTime(p.from) })}
      </p>
      <p aria-live="polite">
        {t('insight.live.contributions', { count: total })} ·{' '}
        {t('insight.live.recognitions', { count: p.recognitions.count })}
      </p>
      {total > 0 && (
        <svg
          viewBox="0 0 200 14"
          className="live-panel__bar"
          role="img"
          aria-label={t('insight.live.phasesSoFar')}
        >
          {segments.map((s) => (
            <rect key={s.k} x={s.x} y={0} width={s.w} height={14} fill={PHASE_COLORS[s.k]} />
          ))}
        </svg>
      )}
      <ul className="live-panel__phases">
        {PHASE_KEYS.filter((k) => (counts.get(k) ?? 0) > 0).map((k) => (
          <li key={k}>
            {label(k)}: {counts.get(k)}
          </li>
        ))}
      </ul>
      <h3 className="live-panel__subheading">{t('insight.live.notYetSpoken')}</h3>
      <p>
        {p.notYetSpoken.length
          ? p.notYetSpoken.map((m) => m.displayName).join(', ')
          : t('insight.live.everyoneSpoke')}
      </p>
      <h3 className="live-panel__subheading">{t('insight.live.equality')}</h3>
      <p>
        {t('insight.live.facilitators', {
          voice: percent(p.equality.facilitatorShareOfVoice),
          members: percent(p.equality.facilitatorShareOfMembers),
        })}
      </p>
      <ul className="live-panel__advice">
        {p.equality.advice.map((a) => (
          <li key={a.key}>{formatMessage(a, lang())}</li>
        ))}
      </ul>
    </div>
  );
}
