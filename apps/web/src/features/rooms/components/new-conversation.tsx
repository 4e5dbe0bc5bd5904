import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { Loading } from '../../../components/ui/loading';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useDirectory } from '../api/get-directory';
import { useStartDirect } from '../api/start-direct';

/** Start a 1:1 conversation with someone from the organisation; they choose whether to accept. */
export function NewConversation({
  myMembershipId,
  onOpen,
}: {
  myMembershipId: string;
  onOpen: (roomId: string) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const [invited, setInvited] = useState<string | null>(null);
  const directory = useDirectory(open);
  const start = useStartDirect();
  const people = (directory.data ?? []).filter(
    (m) =>
      m.membershipId !== myMembershipId && m.displayName.toLowerCase().includes(filter.trim().toLowerCase()),
  );

  return (
    <section className="card" aria-labelledby="new-conversation-heading">
      <h2 id="new-conversation-heading">{t('rooms.direct.heading')}</h2>
      <p className="muted">{t('rooms.direct.intro')}</p>
      {invited && <Notice>{t('rooms.direct.invited', { name: invited })}</Notice>}
      {!open ? (
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('rooms.direct.open')}
        </Button>
      ) : (
        <>
          <TextField
            label={t('rooms.direct.search')}
            optional
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            autoFocus
          />
          {directory.isPending && <Loading label={t('rooms.manage.loadingDirectory')} />}
          {directory.isError && <ErrorAlert>{errorMessage(directory.error)}</ErrorAlert>}
          {directory.data && (
            <ul className="people-list">
              {people.map((m) => (
                <li key={m.membershipId}>
                  <button
                    type="button"
                    className="person-button"
                    disabled={start.isPending}
                    onClick={() =>
                      start.mutate(m.membershipId, {
                        onSuccess: (r) => {
                          if (r.status === 'active') onOpen(r.roomId);
                          else {
                            setInvited(m.displayName);
                            setOpen(false);
                          }
                        },
                      })
                    }
                  >
                    <Avatar color={m.avatarColor} name={m.displayName} size="large" />
                    <span>{m.displayName}</span>
                    <span className="visually-hidden"> {t('rooms.direct.ask')}</span>
                  </button>
                </li>
              ))}
              {people.length === 0 && <li className="muted">{t('rooms.manage.nobody')}</li>}
            </ul>
          )}
          {start.isError && <ErrorAlert>{errorMessage(start.error)}</ErrorAlert>}
          <Button variant="quiet" className="button--small" onClick={() => setOpen(false)}>
            {t('dialog.cancel')}
          </Button>
        </>
      )}
    </section>
  );
}
