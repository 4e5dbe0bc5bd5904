import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useMembersTwoFactor, useResetTwoFactor } from '../api/two-factor';

/** Beheer → Leden: whether someone has a second step, and clearing it when they lost their phone. */
export function MemberTwoFactorCell({
  membershipId,
  displayName,
  self,
}: {
  membershipId: string;
  displayName: string;
  self: boolean;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const list = useMembersTwoFactor();
  const reset = useResetTwoFactor();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const enrolled = list.data?.find((m) => m.membershipId === membershipId)?.enrolled;
  if (enrolled === undefined) return null;
  return (
    <div className="actions">
      <span>{enrolled ? t('twoFactor.admin.on') : t('twoFactor.admin.off')}</span>
      {enrolled && !self && (
        <Button
          variant="quiet"
          aria-label={t('twoFactor.admin.resetLabel', { name: displayName })}
          onClick={() => {
            reset.reset();
            setDone(false);
            setConfirming(true);
          }}
        >
          {t('twoFactor.admin.reset')}
        </Button>
      )}
      <span role="status" className="visually-hidden">
        {done ? t('twoFactor.admin.resetDone', { name: displayName }) : ''}
      </span>
      {confirming && (
        <ConfirmDialog
          title={t('twoFactor.admin.resetConfirmTitle')}
          confirmLabel={t('twoFactor.admin.resetConfirm')}
          busy={reset.isPending}
          error={reset.error ? errorMessage(reset.error) : undefined}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            reset.mutate(membershipId, {
              onSuccess: () => {
                setConfirming(false);
                setDone(true);
              },
            })
          }
        >
          <p>{t('twoFactor.admin.resetConfirmText', { name: displayName })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
