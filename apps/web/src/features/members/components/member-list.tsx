import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { CopyField } from '../../../components/ui/copy-field';
import { Loading } from '../../../components/ui/loading';
import { formatDate } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import {
  MEMBERSHIP_ROLES,
  type MembershipRole,
  type MemberView,
  type PasswordResetLink,
} from '@spiegel/domain';
import { useChangeMemberRole } from '../api/change-member-role';
import { useMembers } from '../api/get-members';
import { useIssuePasswordReset } from '../api/issue-password-reset';
import { useRemoveMember } from '../api/remove-member';

type PendingAction =
  | { kind: 'role'; member: MemberView; role: MembershipRole }
  | { kind: 'reset'; member: MemberView }
  | { kind: 'remove'; member: MemberView };

function ResetLinkPanel({
  name,
  link,
  onDone,
}: {
  name: string;
  link: PasswordResetLink;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="panel panel--highlight" aria-labelledby="reset-link-heading">
      <h3 id="reset-link-heading" ref={headingRef} tabIndex={-1}>
        {t('admin.members.resetCreatedHeading', { name })}
      </h3>
      <p>{t('admin.members.resetCreatedOnce', { expires: formatDate(link.expiresAt, true) })}</p>
      <CopyField
        label={t('admin.members.resetLinkLabel')}
        value={link.url}
        copyLabel={t('admin.invitations.copy')}
        copiedMessage={t('admin.invitations.copied')}
        failedMessage={t('admin.invitations.copyFailed')}
      />
      <Button variant="secondary" onClick={onDone}>
        {t('admin.invitations.done')}
      </Button>
    </section>
  );
}

/** A column another feature adds (the page composes them: features do not import each other). */
export interface MemberColumn {
  heading: string;
  render: (member: MemberView, self: boolean) => ReactNode;
}

export function MemberList({
  currentMembershipId,
  extraColumn,
}: {
  currentMembershipId: string;
  extraColumn?: MemberColumn;
}) {
  const { t } = useTranslation();
  const captionId = useId();
  const errorMessage = useErrorMessage();
  const query = useMembers();
  const changeRole = useChangeMemberRole();
  const issueReset = useIssuePasswordReset();
  const remove = useRemoveMember();
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [resetLink, setResetLink] = useState<{ name: string; link: PasswordResetLink } | null>(null);

  if (query.isPending) return <Loading label={t('admin.members.loading')} />;
  if (query.isError) return <ErrorAlert>{errorMessage(query.error)}</ErrorAlert>;
  const members = query.data;

  const busy = changeRole.isPending || issueReset.isPending || remove.isPending;
  const actionError = changeRole.error ?? issueReset.error ?? remove.error;

  function ask(action: PendingAction) {
    changeRole.reset();
    issueReset.reset();
    remove.reset();
    setNotice(null);
    setPending(action);
  }

  function confirm(action: PendingAction) {
    const name = action.member.displayName;
    const id = action.member.membershipId;
    switch (action.kind) {
      case 'role':
        return changeRole.mutate(
          { membershipId: id, role: action.role },
          {
            onSuccess: () => {
              setPending(null);
              setNotice(t('admin.members.roleChanged', { name, role: t(`admin.roles.${action.role}`) }));
            },
          },
        );
      case 'reset':
        return issueReset.mutate(id, {
          onSuccess: (link) => {
            setPending(null);
            setResetLink({ name, link });
          },
        });
      case 'remove':
        return remove.mutate(id, {
          onSuccess: () => {
            setPending(null);
            setNotice(t('admin.members.removed', { name }));
          },
        });
    }
  }

  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      {resetLink && (
        <ResetLinkPanel name={resetLink.name} link={resetLink.link} onDone={() => setResetLink(null)} />
      )}
      {members.length === 0 ? (
        <p className="muted">{t('admin.members.empty')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="table">
            <caption id={captionId} className="visually-hidden">
              {t('admin.members.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.members.name')}</th>
                <th scope="col">{t('admin.members.role')}</th>
                <th scope="col">{t('admin.members.joined')}</th>
                {extraColumn && <th scope="col">{extraColumn.heading}</th>}
                <th scope="col">{t('admin.members.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => {
                const self = member.membershipId === currentMembershipId;
                return (
                  <tr key={member.membershipId}>
                    <td>
                      <span className="person">
                        <Avatar color={member.avatarColor} />
                        <span>
                          {member.displayName}
                          {self && <span className="muted"> {t('admin.members.you')}</span>}
                        </span>
                      </span>
                    </td>
                    <td>
                      <select
                        className="input input--select input--compact"
                        aria-label={t('admin.members.roleFor', { name: member.displayName })}
                        value={member.role}
                        disabled={self}
                        onChange={(e) =>
                          ask({ kind: 'role', member, role: e.target.value as MembershipRole })
                        }
                      >
                        {MEMBERSHIP_ROLES.map((r) => (
                          <option key={r} value={r}>
                            {t(`admin.roles.${r}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{formatDate(member.joinedAt)}</td>
                    {extraColumn && <td>{extraColumn.render(member, self)}</td>}
                    <td>
                      <div className="actions">
                        <Button
                          variant="quiet"
                          aria-label={t('admin.members.resetLabel', { name: member.displayName })}
                          onClick={() => ask({ kind: 'reset', member })}
                        >
                          {t('admin.members.reset')}
                        </Button>
                        {!self && (
                          <Button
                            variant="quiet"
                            aria-label={t('admin.members.removeLabel', { name: member.displayName })}
                            onClick={() => ask({ kind: 'remove', member })}
                          >
                            {t('admin.members.remove')}
                          </Button>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {pending && (
        <ConfirmDialog
          title={
            pending.kind === 'role'
              ? t('admin.members.changeRoleConfirmTitle')
              : pending.kind === 'reset'
                ? t('admin.members.resetConfirmTitle')
                : t('admin.members.removeConfirmTitle')
          }
          confirmLabel={
            pending.kind === 'role'
              ? t('admin.members.changeRoleConfirm')
              : pending.kind === 'reset'
                ? t('admin.members.resetConfirm')
                : t('admin.members.removeConfirm')
          }
          busy={busy}
          error={actionError ? errorMessage(actionError) : undefined}
          onCancel={() => setPending(null)}
          onConfirm={() => confirm(pending)}
        >
          <p>
            {pending.kind === 'role'
              ? t('admin.members.changeRoleConfirmText', {
                  name: pending.member.displayName,
                  role: t(`admin.roles.${pending.role}`),
                })
              : pending.kind === 'reset'
                ? t('admin.members.resetConfirmText', { name: pending.member.displayName })
                : t('admin.members.removeConfirmText', { name: pending.member.displayName })}
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
