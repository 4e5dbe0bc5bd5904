import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n';
import type { RiskPoint } from '@spiegel/domain';

const WIDTH = 120;
const HEIGHT = 32;
const PAD = 3;
/** Changes smaller than this (on 0..1) read as "unchanged". */
const FLAT = 0.05;

const percent = (score: number) => String(Math.round(score * 100));

export interface Trend {
  direction: 'none' | 'single' | 'up' | 'down' | 'flat';
  /** Risk scores out of 100. */
  from: string;
  to: string;
  /** When the first measurement in the history was made. */
  since: string;
}

/** Which way the risk went over the history (oldest first). */
export function trendOf(history: RiskPoint[]): Trend {
  const first = history[0];
  const last = history.at(-1);
  if (!first || !last) return { direction: 'none', from: '', to: '', since: '' };
  const base = { from: percent(first.score), to: percent(last.score), since: first.computedAt };
  if (history.length === 1) return { direction: 'single', ...base };
  const change = last.score - first.score;
  return { direction: change > FLAT ? 'up' : change < -FLAT ? 'down' : 'flat', ...base };
}

/** The trend in words; the little line beside it is decoration for sighted readers. */
function TrendText({ history }: { history: RiskPoint[] }) {
  const { t } = useTranslation();
  const { direction, from, to, since } = trendOf(history);
  const date = since ? formatDate(since) : '';
  switch (direction) {
    case 'none':
      return <>{t('nazorg.trendNone')}</>;
    case 'single':
      return <>{t('nazorg.trendSingle', { to })}</>;
    case 'up':
      return <>{t('nazorg.trendUp', { date, from, to })}</>;
    case 'down':
      return <>{t('nazorg.trendDown', { date, from, to })}</>;
    case 'flat':
      return <>{t('nazorg.trendFlat', { date, to })}</>;
  }
}

export function RiskTrend({ history }: { history: RiskPoint[] }) {
  const n = history.length;
  const points = history.map((p, i) => {
    const x = PAD + (i / Math.max(1, n - 1)) * (WIDTH - 2 * PAD);
    const y = PAD + (1 - Math.min(1, Math.max(0, p.score))) * (HEIGHT - 2 * PAD);
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10] as const;
  });
  const last = points.at(-1);
  return (
    <div className="trend">
      {n > 1 && (
        <svg
          className="trend__line"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width={WIDTH}
          height={HEIGHT}
          aria-hidden="true"
          focusable="false"
        >
          <line x1="0" y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} className="trend__axis" />
          <polyline points={points.map((p) => p.join(',')).join(' ')} className="trend__path" />
          {last && <circle cx={last[0]} cy={last[1]} r="3" className="trend__dot" />}
        </svg>
      )}
      <p className="trend__text">
        <TrendText history={history} />
      </p>
    </div>
  );
}
