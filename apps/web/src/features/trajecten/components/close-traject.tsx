import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useCloseTraject } from '../api/close-traject';

/** Admins: end a traject before its end date, behind a confirmation. */
export function CloseTraject({ trajectId, onClosed }: { trajectId: string; onClosed: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const close = useCloseTraject(trajectId);
  const [asking, setAsking] = useState(false);
  return (
    <>
      <p>{t('trajecten.detail.closeIntro')}</p>
      <Button variant="secondary" onClick={() => setAsking(true)}>
        {t('trajecten.detail.closeButton')}
      </Button>
      {asking && (
        <ConfirmDialog
          title={t('trajecten.detail.closeConfirmTitle')}
          confirmLabel={t('trajecten.detail.closeConfirm')}
          busy={close.isPending}
          error={close.isError ? errorMessage(close.error) : undefined}
          onCancel={() => {
            close.reset();
            setAsking(false);
          }}
          onConfirm={() =>
            // The promise, not mutate's callback: once closed, this part of the page is gone.
            void close.mutateAsync().then(onClosed, () => undefined)
          }
        >
          <p>{t('trajecten.detail.closeConfirmText')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
