import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Loading } from '../../../components/ui/loading';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { signalMarksExportHref, useSignalFigures } from '../api/signal-marks';

const percent = (v: number | null, unknown: string) => (v === null ? unknown : `${Math.round(v * 100)}%`);

/** Admin: precision and recall in the field from staff marks, and the export of the marks (ids and labels). */
export function SignalFigures() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const figures = useSignalFigures();
  if (figures.isPending) return <Loading />;
  if (figures.isError) return <ErrorAlert>{errorMessage(figures.error)}</ErrorAlert>;
  const f = figures.data;
  const unknown = t('signalFigures.unknown');
  return (
    <>
      <dl className="signal-figures">
        <div>
          <dt>{t('signalFigures.flagged')}</dt>
          <dd>{f.flagged}</dd>
        </div>
        <div>
          <dt>{t('signalFigures.falseAlarms')}</dt>
          <dd>{f.falseAlarms}</dd>
        </div>
        <div>
          <dt>{t('signalFigures.missed')}</dt>
          <dd>{f.missed}</dd>
        </div>
        <div>
          <dt>{t('signalFigures.precision')}</dt>
          <dd>{percent(f.precision, unknown)}</dd>
        </div>
        <div>
          <dt>{t('signalFigures.recall')}</dt>
          <dd>{percent(f.recall, unknown)}</dd>
        </div>
      </dl>
      <p>
        {t('signalFigures.export')} <a href={signalMarksExportHref('csv')}>{t('signalFigures.csv')}</a>
        {' · '}
        <a href={signalMarksExportHref('json')}>{t('signalFigures.json')}</a>
      </p>
    </>
  );
}
