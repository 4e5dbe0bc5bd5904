import type { ReactNode } from 'react';
import { useDeferredValue, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Loading } from '../../../components/ui/loading';
import { Page } from '../../../components/ui/page';
import { useFirstContent } from '../../../lib/first-content';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useCompare } from '../api/get-compare';
import { useReport } from '../api/get-report';
import { ReportBody } from './report-body';
import { CompareTable } from './report-compare-table';
import { ReportToolbar } from './report-toolbar';
import '../insight.css';

export interface ReportProps {
  /** Admins see the organisation; facilitators only their own trajecten. */
  isAdmin: boolean;
  /** The chosen traject (from the URL), null for the whole organisation. */
  trajectId: string | null;
  onSelect: (trajectId: string | null) => void;
  /** More sections at the end of the report (e.g. "Herstel gemeten" for admins). */
  extra?: ReactNode;
}

/** The evaluation report: five checkpoints, phase funnel, after-care, and trajecten side by side. */
export function Report({ isAdmin, trajectId, onSelect, extra }: ReportProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const compare = useCompare();
  // Facilitators have no organisation report: they start at their newest traject.
  const fallback = !isAdmin && !trajectId ? (compare.data?.trajecten[0]?.traject.id ?? null) : null;
  const selected = trajectId ?? fallback;
  const report = useReport(selected, isAdmin || selected !== null);
  useEffect(() => {
    if (fallback) onSelect(fallback);
  }, [fallback, onSelect]);
  // A facilitator without trajecten has no report to show: say so instead.
  const noTrajecten = !isAdmin && compare.data?.trajecten.length === 0;

  // The report is first drawn in a deferred render: its answer is a store update, which React renders in
  // one go, so that update keeps the loading line and React then draws the report in slices of a few
  // milliseconds (one long task on a phone otherwise). Later answers are drawn at once.
  const drawn = useDeferredValue(report.data !== undefined);
  const r = drawn ? report.data : undefined;
  const arriving = report.data !== undefined && !r;
  useFirstContent(r !== undefined || report.isError || compare.isError || noTrajecten);
  return (
    <Page
      title={t('insight.report.title')}
      heading={t('insight.report.heading')}
      width="wide"
      intro={<p className="lead">{t('insight.report.intro')}</p>}
    >
      {r && <ReportToolbar report={r} isAdmin={isAdmin} selected={selected} onSelect={onSelect} />}
      {(report.isPending || compare.isPending || arriving) && !r && (
        <Loading label={t('insight.report.loading')} />
      )}
      {noTrajecten && <p>{t('insight.report.noTrajecten')}</p>}
      {report.isError && <ErrorAlert>{errorMessage(report.error)}</ErrorAlert>}
      {r && <ReportBody r={r} />}
      {compare.isError && <ErrorAlert>{errorMessage(compare.error)}</ErrorAlert>}
      {/* Under the report, so only once the report is there: drawn earlier, the report would push it
          down when it arrives (layout shift). */}
      {compare.data && compare.data.trajecten.length > 1 && (r || (!report.isLoading && !arriving)) && (
        <CompareTable rows={compare.data.trajecten} />
      )}
      {/* Likewise the extra sections: drawn under the loading line, the report would push them down. */}
      {(r || report.isError || noTrajecten) && extra}
    </Page>
  );
}
