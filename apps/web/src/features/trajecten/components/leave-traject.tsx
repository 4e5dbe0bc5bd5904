import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { TextAreaField } from '../../../components/ui/field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useLeaveTraject } from '../api/leave-traject';

const NOTE_MAX = 1000;

/** A participant stops taking part, with an optional note for the facilitators. */
export function LeaveTraject({
  enrolmentId,
  trajectName,
  onLeft,
}: {
  enrolmentId: string;
  trajectName: string;
  onLeft: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const leave = useLeaveTraject();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const tooLong = note.length > NOTE_MAX;
  return (
    <>
      <p>{t('trajecten.detail.leaveIntro')}</p>
      <Button variant="quiet" onClick={() => setOpen(true)}>
        {t('trajecten.detail.leaveButton')}
      </Button>
      {open && (
        <FormDialog
          title={t('trajecten.detail.leaveTitle', { name: trajectName })}
          submitLabel={t('trajecten.detail.leaveConfirm')}
          busy={leave.isPending}
          error={leave.isError ? errorMessage(leave.error) : undefined}
          onCancel={() => {
            leave.reset();
            setOpen(false);
          }}
          onSubmit={() => {
            if (tooLong) return;
            // The promise, not mutate's callback: after leaving, this part of the page is gone.
            void leave
              .mutateAsync({ enrolmentId, note: note.trim() || undefined })
              .then(onLeft, () => undefined);
          }}
        >
          <TextAreaField
            label={t('trajecten.detail.leaveNote')}
            hint={t('trajecten.detail.leaveNoteHint')}
            optional
            rows={4}
            value={note}
            error={tooLong ? t('trajecten.detail.leaveNoteInvalid') : undefined}
            onChange={(e) => setNote(e.target.value)}
          />
        </FormDialog>
      )}
    </>
  );
}
