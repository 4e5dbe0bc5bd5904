import type { ContributionView } from '@spiegel/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../components/ui/field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { HIDE_REASON_MAX, HIDE_REASON_MIN, useHideContribution } from '../api/hide-contribution';
import { REPORT_REASON_MAX, REPORT_REASON_MIN, useReportContribution } from '../api/report-contribution';

/** Reporting needs a reason (3–500 characters): a facilitator reads it; the author never sees who. */
export function ReportDialog({
  contribution,
  onClose,
  onDone,
}: {
  contribution: ContributionView;
  onClose: () => void;
  onDone: (hidden: boolean) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const mutation = useReportContribution();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const length = reason.trim().length;
  const invalid = length < REPORT_REASON_MIN || reason.length > REPORT_REASON_MAX;
  return (
    <FormDialog
      title={t('rooms.report.title', { name: contribution.author.displayName })}
      intro={<p>{t('rooms.report.intro')}</p>}
      submitLabel={t('rooms.report.submit')}
      busy={mutation.isPending}
      error={mutation.isError ? errorMessage(mutation.error) : undefined}
      onCancel={onClose}
      onSubmit={() => {
        setTried(true);
        if (invalid) return;
        mutation.mutate(
          { id: contribution.id, reason: reason.trim() },
          { onSuccess: (r) => onDone(r.hidden) },
        );
      }}
    >
      <TextAreaField
        label={t('rooms.report.reason')}
        hint={t('rooms.report.reasonHint')}
        error={tried && invalid ? t('rooms.report.reasonInvalid') : undefined}
        value={reason}
        rows={3}
        onChange={(e) => setReason(e.target.value)}
      />
    </FormDialog>
  );
}

/** A host hides a contribution; the group sees the reason, so moderation stays transparent. */
export function HideDialog({
  contribution,
  onClose,
}: {
  contribution: ContributionView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const mutation = useHideContribution();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const length = reason.trim().length;
  const invalid = length < HIDE_REASON_MIN || reason.length > HIDE_REASON_MAX;
  return (
    <FormDialog
      title={t('rooms.hide.title', { name: contribution.author.displayName })}
      intro={<p>{t('rooms.hide.intro')}</p>}
      submitLabel={t('rooms.hide.submit')}
      busy={mutation.isPending}
      error={mutation.isError ? errorMessage(mutation.error) : undefined}
      onCancel={onClose}
      onSubmit={() => {
        setTried(true);
        if (invalid) return;
        mutation.mutate(
          { id: contribution.id, roomId: contribution.roomId, reason: reason.trim() },
          { onSuccess: onClose },
        );
      }}
    >
      <TextAreaField
        label={t('rooms.hide.reason')}
        hint={t('rooms.hide.reasonHint')}
        error={tried && invalid ? t('rooms.hide.reasonInvalid') : undefined}
        value={reason}
        rows={2}
        onChange={(e) => setReason(e.target.value)}
      />
    </FormDialog>
  );
}
