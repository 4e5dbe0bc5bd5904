import { type PhaseCounts, PHASES } from '@spiegel/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { lang } from '../../lib/format';
import { PHASE_COLORS, PHASE_KEYS, type PhaseKey } from '../../lib/phases';
import { TableWrap } from '../table-wrap';

export interface StackedRow {
  key: string;
  label: string;
  counts: PhaseCounts;
}

export interface StackedBarsProps {
  title: string;
  /** Header of the table's first column, e.g. "Week". */
  categoryLabel: string;
  rows: StackedRow[];
}

const W = 640;
const H = 240;
const M = { top: 12, right: 8, bottom: 36, left: 36 };

export function usePhaseLabel() {
  const { t } = useTranslation();
  return (key: PhaseKey) => (key === 'none' ? t('insight.phases.none') : PHASES[key].label[lang()]);
}

/** The legend of the phase colours, in words. */
export function PhaseLegend() {
  const phaseLabel = usePhaseLabel();
  return (
    <ul className="chart-legend" aria-hidden="true">
      {PHASE_KEYS.map((k) => (
        <li key={k}>
          <svg width="12" height="12" className="chart-legend__swatch">
            <rect width="12" height="12" rx="2" fill={PHASE_COLORS[k]} />
          </svg>
          {phaseLabel(k)}
        </li>
      ))}
    </ul>
  );
}

const total = (c: PhaseCounts) => PHASE_KEYS.reduce((s, k) => s + c[k], 0);

/**
 * Contributions per phase over time as stacked bars (hand-rolled SVG), with the same numbers in a
 * table beside it: the table is what screen readers use, the picture is for the eye.
 */
export function StackedBars({ title, categoryLabel, rows }: StackedBarsProps) {
  const { t } = useTranslation();
  const phaseLabel = usePhaseLabel();
  const titleId = useId();
  const max = Math.max(1, ...rows.map((r) => total(r.counts)));
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const step = rows.length > 0 ? plotW / rows.length : plotW;
  const barW = Math.min(48, step * 0.7);
  const y = (v: number) => M.top + plotH - (v / max) * plotH;
  const labelEvery = Math.ceil(rows.length / 10);

  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart__title">
        {title}
      </figcaption>
      <div className="chart__layout chart__layout--stacked">
        <div className="chart__picture">
          <svg
            viewBox={`0 0 ${W} ${H}`}
            className="chart__svg"
            role="img"
            aria-label={t('insight.chart.seeTable', { title })}
          >
            {[0, 0.5, 1].map((f) => (
              <g key={f}>
                <line x1={M.left} x2={W - M.right} y1={y(max * f)} y2={y(max * f)} className="chart__grid" />
                <text x={M.left - 6} y={y(max * f) + 4} textAnchor="end" className="chart__tick">
                  {Math.round(max * f)}
                </text>
              </g>
            ))}
            {rows.map((r, i) => {
              const x = M.left + i * step + (step - barW) / 2;
              let acc = 0;
              return (
                <g key={r.key}>
                  {PHASE_KEYS.map((k) => {
                    const v = r.counts[k];
                    if (v === 0) return null;
                    const top = y(acc + v);
                    const rect = (
                      <rect
                        key={k}
                        x={x}
                        y={top}
                        width={barW}
                        height={y(acc) - top}
                        fill={PHASE_COLORS[k]}
                        className="chart__segment"
                      >
                        <title>{`${r.label} · ${phaseLabel(k)}: ${v}`}</title>
                      </rect>
                    );
                    acc += v;
                    return rect;
                  })}
                  {i % labelEvery === 0 && (
                    <text x={x + barW / 2} y={H - M.bottom + 16} textAnchor="middle" className="chart__tick">
                      {r.label}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
          <PhaseLegend />
        </div>
        <TableWrap label={title} className="chart__table">
          <table className="table table--compact">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{categoryLabel}</th>
                {PHASE_KEYS.map((k) => (
                  <th key={k} scope="col" className="num">
                    {phaseLabel(k)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('insight.chart.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 && (
                <tr>
                  <td colSpan={PHASE_KEYS.length + 2}>{t('insight.chart.empty')}</td>
                </tr>
              )}
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  {PHASE_KEYS.map((k) => (
                    <td key={k} className="num">
                      {r.counts[k]}
                    </td>
                  ))}
                  <td className="num">{total(r.counts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </div>
    </figure>
  );
}
