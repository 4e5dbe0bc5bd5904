import { CHECKPOINTS, type CheckpointScore, formatMessage } from '@spiegel/domain';
import { useTranslation } from 'react-i18next';
import { decimal, lang } from '../lib/format';
import { CellValue } from './cell-value';
import { TrafficLight } from './traffic-light';

/** One checkpoint of the source text: score, light in words, how it is computed, the figures, what helps. */
export function CheckpointCard({ checkpoint, index }: { checkpoint: CheckpointScore; index: number }) {
  const { t } = useTranslation();
  const def = CHECKPOINTS[checkpoint.id];
  const l = lang();
  const headingId = `checkpoint-${checkpoint.id}`;
  return (
    <article className={`checkpoint checkpoint--${checkpoint.light}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="checkpoint__heading">
        {index + 1}. {def.label[l]}
      </h3>
      <p className="checkpoint__question">{def.question[l]}</p>
      <p className="checkpoint__score">
        <span className="checkpoint__number">
          {checkpoint.score ?? '—'}
          <span className="checkpoint__of">{t('insight.report.outOf')}</span>
        </span>
        <TrafficLight light={checkpoint.light} />
      </p>
      <p className="checkpoint__plain">{t(`insight.report.plain.${checkpoint.id}.${checkpoint.light}`)}</p>
      {checkpoint.note && <p className="muted">{formatMessage(checkpoint.note, l)}</p>}
      <table className="table table--compact checkpoint__table">
        <caption>{t('insight.report.figures')}</caption>
        <tbody>
          {checkpoint.figures.map((f) => (
            <tr key={f.id}>
              <th scope="row">{def.figures.find((x) => x.id === f.id)?.label[l] ?? f.id}</th>
              <td className="num">
                <CellValue cell={f.cell} unit={f.unit} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4 className="checkpoint__subheading">{t('insight.report.interventions')}</h4>
      <ul className="checkpoint__interventions">
        {checkpoint.interventions.map((m) => (
          <li key={m.key}>{formatMessage(m, l)}</li>
        ))}
      </ul>
      {/* The formula and its parts are there for whoever wants to check; people read the sentence first. */}
      <details className="checkpoint__how">
        <summary>{t('insight.report.howComputed')}</summary>
        <table className="table table--compact checkpoint__table">
          <caption>{t('insight.report.components')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insight.report.component')}</th>
              <th scope="col">{t('insight.report.weight')}</th>
              <th scope="col">{t('insight.report.value')}</th>
            </tr>
          </thead>
          <tbody>
            {checkpoint.components.map((c) => (
              <tr key={c.id}>
                <th scope="row">{def.components.find((x) => x.id === c.id)?.label[l] ?? c.id}</th>
                <td className="num">{decimal(c.weight)}</td>
                <td className="num">
                  {!c.measured ? (
                    <span className="muted">{t('insight.report.notMeasured')}</span>
                  ) : c.suppressed ? (
                    <CellValue cell={{ value: null, suppressed: true }} unit="decimal" />
                  ) : (
                    decimal(c.value ?? 0)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="checkpoint__formula">
          <strong>{t('insight.report.formula')}</strong> {def.formula[l]}
        </p>
      </details>
    </article>
  );
}
