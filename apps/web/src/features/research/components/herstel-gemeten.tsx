import type { HerstelChangeRow } from '@spiegel/domain';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Loading } from '../../../components/ui/loading';
import { TableWrap } from '../../../components/ui/table-wrap';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { cellText } from '../lib/format';
import { useHerstelGemeten } from '../api/research';

/** "Herstel gemeten": MHC-SF change from T0, with and without herkenning. Figures, not causes. */
export function HerstelGemeten() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const herstel = useHerstelGemeten();
  const sentence = (row: HerstelChangeRow): string => {
    const who = t(`research.herstel.groups.${row.group}`);
    const to = t(`research.herstel.to.${row.to}`);
    if (row.mean.suppressed || row.low.suppressed || row.high.suppressed)
      return t('research.herstel.tooFew', { who, to });
    const mean = row.mean.value;
    const key = Math.abs(mean) < 0.05 ? 'same' : mean > 0 ? 'up' : 'down';
    return t(`research.herstel.sentence.${key}`, {
      who,
      to,
      n: row.n.value ?? 0,
      mean: cellText({ value: Math.abs(mean), suppressed: false }, 'decimal'),
      low: cellText(row.low, 'decimal'),
      high: cellText(row.high, 'decimal'),
    });
  };

  return (
    <section className="card" aria-labelledby="herstel-heading">
      <h2 id="herstel-heading">{t('research.herstel.heading')}</h2>
      <p>{t('research.herstel.intro')}</p>
      {herstel.isPending && <Loading />}
      {herstel.isError && <ErrorAlert>{errorMessage(herstel.error)}</ErrorAlert>}
      {herstel.data && (
        <>
          <ul>
            {herstel.data.rows.map((row) => (
              <li key={`${row.group}-${row.to}`}>{sentence(row)}</li>
            ))}
          </ul>
          <TableWrap label={t('research.herstel.table')}>
            <table className="table">
              <caption className="visually-hidden">{t('research.herstel.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('research.herstel.cols.group')}</th>
                  <th scope="col">{t('research.herstel.cols.to')}</th>
                  <th scope="col">n</th>
                  <th scope="col">{t('research.herstel.cols.mean')}</th>
                  <th scope="col">{t('research.herstel.cols.ci')}</th>
                </tr>
              </thead>
              <tbody>
                {herstel.data.rows.map((row) => (
                  <tr key={`${row.group}-${row.to}`}>
                    <td>{t(`research.herstel.groups.${row.group}`)}</td>
                    <td>{t(`research.herstel.to.${row.to}`)}</td>
                    <td>{cellText(row.n, 'count')}</td>
                    <td>{cellText(row.mean, 'decimal')}</td>
                    <td>
                      {row.low.suppressed
                        ? cellText(row.low, 'decimal')
                        : `${cellText(row.low, 'decimal')} – ${cellText(row.high, 'decimal')}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <p className="muted">{t('research.herstel.note')}</p>
        </>
      )}
    </section>
  );
}
