import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Loading } from '../../../components/ui/loading';
import { formatDate } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import type { InvitationView } from '@spiegel/domain';
import { useInvitations } from '../api/get-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';

export function InvitationList() {
  const { t } = useTranslation();
  const captionId = useId();
  const errorMessage = useErrorMessage();
  const query = useInvitations();
  const revoke = useRevokeInvitation();
  const [pending, setPending] = useState<InvitationView | null>(null);
  const [done, setDone] = useState(false);

  if (query.isPending) return <Loading label={t('admin.invitations.loading')} />;
  if (query.isError) return <ErrorAlert>{errorMessage(query.error)}</ErrorAlert>;
  const invitations = query.data;

  return (
    <>
      {done && <Notice>{t('admin.invitations.revoked')}</Notice>}
      {invitations.length === 0 ? (
        <p className="muted">{t('admin.invitations.listEmpty')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="table">
            <caption id={captionId} className="visually-hidden">
              {t('admin.invitations.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.invitations.code')}</th>
                <th scope="col">{t('admin.invitations.role')}</th>
                <th scope="col">{t('admin.invitations.note')}</th>
                <th scope="col">{t('admin.invitations.uses')}</th>
                <th scope="col">{t('admin.invitations.expires')}</th>
                <th scope="col">{t('admin.invitations.state')}</th>
                <th scope="col">{t('admin.invitations.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((inv) => (
                <tr key={inv.id}>
                  <td>
                    <code>{inv.codePrefix}…</code>
                  </td>
                  <td>{t(`admin.roles.${inv.role}`)}</td>
                  <td>
                    {inv.note ?? <span className="muted">{t('admin.invitations.noNote')}</span>}
                    {inv.email && <div className="muted">{inv.email}</div>}
                  </td>
                  <td>{t('admin.invitations.usesValue', { uses: inv.uses, max: inv.maxUses })}</td>
                  <td>{formatDate(inv.expiresAt)}</td>
                  <td>
                    <span className={`state state--${inv.state}`}>
                      {t(`admin.invitations.states.${inv.state}`)}
                    </span>
                  </td>
                  <td>
                    {inv.state === 'open' && (
                      <Button
                        variant="secondary"
                        aria-label={t('admin.invitations.revokeLabel', { code: inv.codePrefix })}
                        onClick={() => {
                          setDone(false);
                          revoke.reset();
                          setPending(inv);
                        }}
                      >
                        {t('admin.invitations.revoke')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pending && (
        <ConfirmDialog
          title={t('admin.invitations.revokeConfirmTitle')}
          confirmLabel={t('admin.invitations.revokeConfirm')}
          busy={revoke.isPending}
          error={revoke.error ? errorMessage(revoke.error) : undefined}
          onCancel={() => setPending(null)}
          onConfirm={() =>
            revoke.mutate(pending.id, {
              onSuccess: () => {
                setPending(null);
                setDone(true);
              },
            })
          }
        >
          <p>{t('admin.invitations.revokeConfirmText', { code: pending.codePrefix })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
