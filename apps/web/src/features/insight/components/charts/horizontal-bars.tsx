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

/**
 * One bar per item with the same figures in a table beside it. The bars are HTML, not an SVG scaled to
 * the screen: on a phone an SVG's labels shrank to about 7 px and were cut off ("Identificeer de pro…");
 * here a label keeps the page's text size and wraps.
 */
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
  const width = (value: number) => `${Math.min(100, Math.max(value > 0 ? 0.5 : 0, (value / top) * 100))}%`;
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart__title">
        {title}
      </figcaption>
      <div className="chart__layout">
        <div className="chart__picture">
          <div className="hbars" role="img" aria-label={t('insight.chart.seeTable', { title })}>
            {items.map((item) => (
              <div key={item.key} className="hbars__row">
                <span className="hbars__label">{item.label}</span>
                <span
                  className={item.value === null ? 'hbars__track hbars__track--suppressed' : 'hbars__track'}
                >
                  {item.value !== null && (
                    // React sets these through the CSSOM, which the strict style-src CSP allows.
                    <span
                      className="hbars__bar"
                      style={{
                        width: width(item.value),
                        ...(item.color ? { backgroundColor: item.color } : {}),
                      }}
                    />
                  )}
                </span>
                <span className="hbars__value">{item.display}</span>
              </div>
            ))}
          </div>
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
