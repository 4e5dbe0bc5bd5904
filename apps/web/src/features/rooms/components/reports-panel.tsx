import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { TextAreaField } from '../../../components/ui/field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { Loading } from '../../../components/ui/loading';
import { formatDate } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import type { OpenReport } from '@spiegel/domain';
import { HIDE_REASON_MAX, HIDE_REASON_MIN } from '../api/hide-contribution';
import { useReports } from '../api/get-reports';
import { useResolveReport } from '../api/resolve-report';

function ResolveDialog({
  roomId,
  report,
  decision,
  onClose,
  onDone,
}: {
  roomId: string;
  report: OpenReport;
  decision: 'keep' | 'hide';
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const mutation = useResolveReport();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const hide = decision === 'hide';
  const invalid = hide
    ? reason.trim().length < HIDE_REASON_MIN || reason.length > HIDE_REASON_MAX
    : reason.length > 300;
  return (
    <FormDialog
      title={hide ? t('rooms.reports.hideTitle') : t('rooms.reports.keepTitle')}
      intro={<p>{hide ? t('rooms.reports.hideIntro') : t('rooms.reports.keepIntro')}</p>}
      submitLabel={hide ? t('rooms.reports.hide') : t('rooms.reports.keep')}
      busy={mutation.isPending}
      error={mutation.isError ? errorMessage(mutation.error) : undefined}
      onCancel={onClose}
      onSubmit={() => {
        setTried(true);
        if (invalid) return;
        mutation.mutate(
          { roomId, contributionId: report.contributionId, decision, reason: reason.trim() },
          { onSuccess: onDone },
        );
      }}
    >
      <TextAreaField
        label={hide ? t('rooms.hide.reason') : t('rooms.reports.keepReason')}
        hint={hide ? t('rooms.hide.reasonHint') : undefined}
        optional={!hide}
        error={tried && invalid ? t('rooms.hide.reasonInvalid') : undefined}
        value={reason}
        rows={2}
        onChange={(e) => setReason(e.target.value)}
      />
    </FormDialog>
  );
}

/** For the room's facilitators: open reports, with the reasons given, to keep or hide. */
export function ReportsPanel({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const query = useReports(roomId);
  const [open, setOpen] = useState<{ report: OpenReport; decision: 'keep' | 'hide' } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <section className="side-card" id="meldingen" tabIndex={-1} aria-labelledby="reports-heading">
      <h2 id="reports-heading" className="side-card__heading">
        {t('rooms.reports.heading')}
        {query.data && query.data.length > 0 && <span className="badge">{query.data.length}</span>}
      </h2>
      {notice && <Notice>{notice}</Notice>}
      {query.isPending && <Loading label={t('rooms.reports.loading')} />}
      {query.isError && <ErrorAlert>{errorMessage(query.error)}</ErrorAlert>}
      {query.data?.length === 0 && <p className="muted">{t('rooms.reports.empty')}</p>}
      {query.data && query.data.length > 0 && (
        <ul className="report-list">
          {query.data.map((report) => (
            <li key={report.contributionId} className="report">
              <p className="report__who">
                <Avatar color={report.author.avatarColor} name={report.author.displayName} />{' '}
                <a href={`#bericht-${report.contributionId}`}>
                  {t('rooms.reports.about', { name: report.author.displayName })}
                </a>
              </p>
              <p className="report__meta">
                {t('rooms.reports.count', { count: report.count })} ·{' '}
                {formatDate(report.firstReportedAt, true)}
                {report.hidden && <> · {t('rooms.reports.hiddenNow')}</>}
              </p>
              <ul className="report__reasons">
                {report.reasons.map((reason, i) => (
                  <li key={i}>“{reason}”</li>
                ))}
              </ul>
              <div className="button-row">
                <Button
                  variant="secondary"
                  className="button--small"
                  onClick={() => setOpen({ report, decision: 'keep' })}
                >
                  {t('rooms.reports.keep')}
                </Button>
                <Button
                  variant="quiet"
                  className="button--small"
                  onClick={() => setOpen({ report, decision: 'hide' })}
                >
                  {t('rooms.reports.hide')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <ResolveDialog
          roomId={roomId}
          report={open.report}
          decision={open.decision}
          onClose={() => setOpen(null)}
          onDone={() => {
            setNotice(open.decision === 'hide' ? t('rooms.reports.hiddenDone') : t('rooms.reports.keptDone'));
            setOpen(null);
          }}
        />
      )}
    </section>
  );
}
