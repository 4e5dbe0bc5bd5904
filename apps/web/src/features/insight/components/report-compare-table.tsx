import { CHECKPOINTS, type CompareRow, PHASES } from '@spiegel/domain';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { lang } from '../lib/format';
import { CellValue } from './cell-value';
import { TableWrap } from './table-wrap';
import { TrafficLight } from './traffic-light';

/** The trajecten side by side: participants, checkpoint scores, the funnel, after one month. */
export const CompareTable = memo(function CompareTable({ rows }: { rows: CompareRow[] }) {
  const { t } = useTranslation();
  const l = lang();
  return (
    <section aria-labelledby="vergelijking" className="insight-section report-page-break">
      <h2 id="vergelijking">{t('insight.report.compareHeading')}</h2>
      <p className="muted">{t('insight.report.compareIntro')}</p>
      <TableWrap label={t('insight.report.compareTable')}>
        <table className="table table--compact compare-table">
          <caption className="visually-hidden">{t('insight.report.compareHeading')}</caption>
          <thead>
            <tr>
              <td />
              {rows.map((row) => (
                <th key={row.traject.id} scope="col">
                  {row.traject.name}
                  <br />
                  <span className="muted">{t(`insight.report.status.${row.traject.status}`)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('insight.report.participants')}</th>
              {rows.map((row) => (
                <td key={row.traject.id}>
                  <CellValue cell={row.participants} unit="count" />
                </td>
              ))}
            </tr>
            {rows[0]!.checkpoints.map((c, i) => (
              <tr key={c.id}>
                <th scope="row">{CHECKPOINTS[c.id].label[l]}</th>
                {rows.map((row) => {
                  const x = row.checkpoints[i]!;
                  return (
                    <td key={row.traject.id}>
                      <span className="compare-score">{x.score ?? '—'}</span> <TrafficLight light={x.light} />
                    </td>
                  );
                })}
              </tr>
            ))}
            {rows[0]!.funnel.steps.map((s, i) => (
              <tr key={s.phase}>
                <th scope="row">{t('insight.report.reachedPhase', { phase: PHASES[s.phase].label[l] })}</th>
                {rows.map((row) => (
                  <td key={row.traject.id}>
                    <CellValue cell={row.funnel.steps[i]!.reached} unit="count" />
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('insight.report.kantelpuntMedian')}</th>
              {rows.map((row) => (
                <td key={row.traject.id}>
                  <CellValue cell={row.funnel.kantelpunt.medianDays} unit="days" />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('insight.report.activeAfterOneMonth')}</th>
              {rows.map((row) => (
                <td key={row.traject.id}>
                  <CellValue cell={row.activeAfterOneMonth} unit="share" />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
});
