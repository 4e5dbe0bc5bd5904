import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useLeaveRoom } from '../api/leave-room';

export function LeaveRoom({
  roomId,
  roomName,
  onLeft,
}: {
  roomId: string;
  roomName: string;
  onLeft: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const mutation = useLeaveRoom();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="side-card side-card--quiet">
      <Button variant="quiet" className="button--small" onClick={() => setConfirming(true)}>
        {t('rooms.leave.button')}
      </Button>
      {confirming && (
        <ConfirmDialog
          title={t('rooms.leave.title', { room: roomName })}
          confirmLabel={t('rooms.leave.confirm')}
          busy={mutation.isPending}
          error={mutation.isError ? errorMessage(mutation.error) : undefined}
          onCancel={() => setConfirming(false)}
          onConfirm={() => mutation.mutate(roomId, { onSuccess: onLeft })}
        >
          <p>{t('rooms.leave.text')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
