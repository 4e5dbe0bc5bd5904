import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../table-wrap';

export interface BarItem {
  key: string;
  label: string;
  /** null: not drawn (e.g. suppressed below 5); `display` says why. */
  value: number | null;
  display: string;
  color?: string;
  /** An extra word in the table, e.g. "begeleider". */
  note?: string;
}

export interface HorizontalBarsProps {
  title: string;
  labelHeader: string;
  valueHeader: string;
  items: BarItem[];
  /** The value of a full bar; by default the largest value. */
  max?: number;
  noteHeader?: string;
}

const W = 520;
const ROW = 26;
const LABEL = 150;
const VALUE = 64;

/** One bar per item (SVG) with the same figures in a table beside it. */
export function HorizontalBars({
  title,
  labelHeader,
  valueHeader,
  items,
  max,
  noteHeader,
}: HorizontalBarsProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const top = max ?? Math.max(1e-9, ...items.map((i) => i.value ?? 0));
  const H = Math.max(ROW, items.length * ROW) + 8;
  const plot = W - LABEL - VALUE;
  const truncate = (s: string) => (s.length > 20 ? `${s.slice(0, 19)}…` : s);
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart__title">
        {title}
      </figcaption>
      <div className="chart__layout">
        <div className="chart__picture">
          <svg
            viewBox={`0 0 ${W} ${H}`}
            className="chart__svg"
            role="img"
            aria-label={t('insight.chart.seeTable', { title })}
          >
            {items.map((item, i) => {
              const y = 4 + i * ROW;
              const w = item.value === null ? 0 : Math.max(item.value > 0 ? 2 : 0, (item.value / top) * plot);
              return (
                <g key={item.key}>
                  <text x={LABEL - 8} y={y + ROW / 2 + 4} textAnchor="end" className="chart__tick">
                    {truncate(item.label)}
                  </text>
                  <rect x={LABEL} y={y + 4} width={plot} height={ROW - 8} className="chart__track" />
                  {item.value === null ? (
                    <rect x={LABEL} y={y + 4} width={plot} height={ROW - 8} className="chart__suppressed" />
                  ) : (
                    <rect x={LABEL} y={y + 4} width={w} height={ROW - 8} fill={item.color ?? '#1b6a64'} />
                  )}
                  <text x={W - 4} y={y + ROW / 2 + 4} textAnchor="end" className="chart__value">
                    {item.display}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
        <TableWrap label={title} className="chart__table">
          <table className="table table--compact">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{labelHeader}</th>
                <th scope="col" className="num">
                  {valueHeader}
                </th>
                {noteHeader && <th scope="col">{noteHeader}</th>}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.key}>
                  <th scope="row">{item.label}</th>
                  <td className="num">{item.display}</td>
                  {noteHeader && <td>{item.note ?? ''}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </div>
    </figure>
  );
}
