import type { ReportView } from '@spiegel/domain';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { reportCsvUrl } from '../api/get-report';

/** The traject picker (admins also "the whole organisation"), the CSV download and print. */
export function ReportToolbar({
  report,
  isAdmin,
  selected,
  onSelect,
}: {
  report: ReportView;
  isAdmin: boolean;
  selected: string | null;
  onSelect: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="report-toolbar no-print">
      <div className="field">
        <label className="field__label" htmlFor="report-traject">
          {t('insight.report.switcher')}
        </label>
        <select
          id="report-traject"
          className="input input--select"
          value={selected ?? ''}
          onChange={(e) => onSelect(e.target.value || null)}
        >
          {isAdmin && <option value="">{t('insight.report.wholeOrganisation')}</option>}
          {report.trajecten.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
      </div>
      <div className="report-toolbar__actions">
        <a className="button button--secondary" href={reportCsvUrl(selected)} download>
          {t('insight.report.csv')}
        </a>
        <Button variant="secondary" onClick={() => window.print()}>
          {t('insight.report.print')}
        </Button>
      </div>
    </div>
  );
}
