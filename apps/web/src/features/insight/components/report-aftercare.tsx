import { type ReportView, ZWART_GAT_LEVELS } from '@spiegel/domain';
import { useTranslation } from 'react-i18next';
import { CellValue } from './cell-value';
import { TableWrap } from './table-wrap';

/** The report's after-care (zwart gat per month, still active) and field-signal sections. */
export function AftercareSections({ r }: { r: ReportView }) {
  const { t } = useTranslation();
  return (
    <>
      <section aria-labelledby="nazorg" className="insight-section">
        <h2 id="nazorg">{t('insight.report.aftercareHeading')}</h2>
        <p className="muted">{t('insight.report.aftercareIntro')}</p>
        <p>
          {t('insight.report.alumni')}: <CellValue cell={r.aftercare.alumni} unit="count" /> ·{' '}
          {t('insight.report.mentorships')}: <CellValue cell={r.aftercare.mentorships} unit="count" />
        </p>
        <TableWrap label={t('insight.report.zwartGatCaption')}>
          <table className="table table--compact">
            <caption>{t('insight.report.zwartGatCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insight.report.month')}</th>
                {ZWART_GAT_LEVELS.map((level) => (
                  <th key={level} scope="col" className="num">
                    {t(`insight.report.levels.${level}`)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('insight.report.measured')}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.aftercare.zwartGat.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{t('insight.report.monthN', { count: m.month })}</th>
                  {ZWART_GAT_LEVELS.map((level) => (
                    <td key={level} className="num">
                      <CellValue cell={m.levels[level]} unit="count" />
                    </td>
                  ))}
                  <td className="num">
                    <CellValue cell={m.measured} unit="count" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        <TableWrap label={t('insight.report.activeCaption')}>
          <table className="table table--compact">
            <caption>{t('insight.report.activeCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insight.report.after')}</th>
                <th scope="col" className="num">
                  {t('insight.report.stillActive')}
                </th>
                <th scope="col" className="num">
                  {t('insight.report.activeCount')}
                </th>
                <th scope="col" className="num">
                  {t('insight.report.measured')}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.aftercare.active.map((a) => (
                <tr key={a.month}>
                  <th scope="row">{t('insight.report.monthN', { count: a.month })}</th>
                  <td className="num">
                    <CellValue cell={a.share} unit="share" />
                  </td>
                  <td className="num">
                    <CellValue cell={a.active} unit="count" />
                  </td>
                  <td className="num">
                    <CellValue cell={a.measured} unit="count" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>

      <section aria-labelledby="signalen" className="insight-section">
        <h2 id="signalen">{t('insight.report.fieldHeading')}</h2>
        <p className="muted">{t('insight.report.fieldIntro')}</p>
        <TableWrap label={t('insight.report.fieldCaption')}>
          <table className="table table--compact">
            <caption className="visually-hidden">{t('insight.report.fieldCaption')}</caption>
            <tbody>
              {(
                [
                  ['fieldFlagged', r.fieldSignals.flagged, 'count'],
                  ['fieldFalse', r.fieldSignals.falseAlarms, 'count'],
                  ['fieldMissed', r.fieldSignals.missed, 'count'],
                  ['fieldPrecision', r.fieldSignals.precision, 'share'],
                  ['fieldRecall', r.fieldSignals.recall, 'share'],
                ] as const
              ).map(([key, cell, unit]) => (
                <tr key={key}>
                  <th scope="row">{t(`insight.report.${key}`)}</th>
                  <td className="num">
                    <CellValue cell={cell} unit={unit} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
    </>
  );
}
