import type { RoomDetail, RoomMemberView } from '@spiegel/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextField } from '../../../components/ui/field';
import { Loading } from '../../../components/ui/loading';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useAddRoomMembers } from '../api/add-room-members';
import { useDirectory } from '../api/get-directory';
import { useRemoveRoomMember } from '../api/remove-room-member';
import { useUpdateRoom } from '../api/update-room';

function AddMembers({ room, onAdded }: { room: RoomDetail; onAdded: (names: string[]) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const directory = useDirectory();
  const add = useAddRoomMembers();
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const inRoom = new Set(room.members.map((m) => m.membershipId));
  const candidates = (directory.data ?? []).filter(
    (m) => !inRoom.has(m.membershipId) && m.displayName.toLowerCase().includes(filter.trim().toLowerCase()),
  );

  if (directory.isPending) return <Loading label={t('rooms.manage.loadingDirectory')} />;
  if (directory.isError) return <ErrorAlert>{errorMessage(directory.error)}</ErrorAlert>;

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen.size === 0) return;
        const names = (directory.data ?? [])
          .filter((m) => chosen.has(m.membershipId))
          .map((m) => m.displayName);
        add.mutate(
          { roomId: room.id, memberIds: [...chosen] },
          {
            onSuccess: () => {
              setChosen(new Set());
              onAdded(names);
            },
          },
        );
      }}
    >
      <TextField
        label={t('rooms.manage.search')}
        optional
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {candidates.length === 0 ? (
        <p className="muted">{t('rooms.manage.nobody')}</p>
      ) : (
        <fieldset className="choice-list choice-list--scroll">
          <legend className="field__label">{t('rooms.manage.choose')}</legend>
          {candidates.map((m) => (
            <label key={m.membershipId} className="choice">
              <input
                type="checkbox"
                checked={chosen.has(m.membershipId)}
                onChange={(e) =>
                  setChosen((current) => {
                    const next = new Set(current);
                    if (e.target.checked) next.add(m.membershipId);
                    else next.delete(m.membershipId);
                    return next;
                  })
                }
              />
              <Avatar color={m.avatarColor} name={m.displayName} /> {m.displayName}
            </label>
          ))}
        </fieldset>
      )}
      {add.isError && <ErrorAlert>{errorMessage(add.error)}</ErrorAlert>}
      <div>
        <Button type="submit" className="button--small" disabled={add.isPending || chosen.size === 0}>
          {t('rooms.manage.add')}
        </Button>
      </div>
    </form>
  );
}

function EditRoom({ room, onSaved }: { room: RoomDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const update = useUpdateRoom();
  const [name, setName] = useState(room.name);
  const [description, setDescription] = useState(room.description);
  const nameInvalid = name.trim().length < 2 || name.trim().length > 80;
  const [tried, setTried] = useState(false);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (nameInvalid || description.length > 500) return;
        update.mutate(
          { roomId: room.id, name: name.trim(), description: description.trim() },
          { onSuccess: onSaved },
        );
      }}
    >
      <TextField
        label={t('rooms.create.name')}
        value={name}
        error={tried && nameInvalid ? t('rooms.create.nameInvalid') : undefined}
        onChange={(e) => setName(e.target.value)}
      />
      <TextField
        label={t('rooms.create.description')}
        optional
        value={description}
        error={description.length > 500 ? t('rooms.create.descriptionInvalid') : undefined}
        onChange={(e) => setDescription(e.target.value)}
      />
      {update.isError && <ErrorAlert>{errorMessage(update.error)}</ErrorAlert>}
      <div>
        <Button type="submit" className="button--small" disabled={update.isPending}>
          {t('rooms.manage.save')}
        </Button>
      </div>
    </form>
  );
}

/** For the room's hosts and the organisation's admins: who is in it, and its name. */
export function RoomManagement({ room }: { room: RoomDetail }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const remove = useRemoveRoomMember();
  const [removing, setRemoving] = useState<RoomMemberView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const others = room.members.filter((m) => m.membershipId !== room.you.membershipId);

  return (
    <details className="manage">
      <summary className="manage__summary">{t('rooms.manage.heading')}</summary>
      {notice && <Notice>{notice}</Notice>}
      <h3 className="manage__heading">{t('rooms.manage.addHeading')}</h3>
      <AddMembers
        room={room}
        onAdded={(names) => setNotice(t('rooms.manage.added', { names: names.join(', ') }))}
      />
      {others.length > 0 && (
        <>
          <h3 className="manage__heading">{t('rooms.manage.removeHeading')}</h3>
          <ul className="member-list">
            {others.map((m) => (
              <li key={m.membershipId} className="member-list__item">
                <Avatar color={m.avatarColor} name={m.displayName} />
                <span>{m.displayName}</span>
                <Button
                  variant="quiet"
                  className="button--small member-list__action"
                  aria-label={t('rooms.manage.removeLabel', { name: m.displayName })}
                  onClick={() => {
                    remove.reset();
                    setRemoving(m);
                  }}
                >
                  {t('rooms.manage.remove')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="manage__heading">{t('rooms.manage.editHeading')}</h3>
      <EditRoom room={room} onSaved={() => setNotice(t('rooms.manage.saved'))} />
      {removing && (
        <ConfirmDialog
          title={t('rooms.manage.removeTitle', { name: removing.displayName })}
          confirmLabel={t('rooms.manage.removeConfirm')}
          busy={remove.isPending}
          error={remove.isError ? errorMessage(remove.error) : undefined}
          onCancel={() => setRemoving(null)}
          onConfirm={() =>
            remove.mutate(
              { roomId: room.id, membershipId: removing.membershipId },
              {
                onSuccess: () => {
                  setNotice(t('rooms.manage.removed', { name: removing.displayName }));
                  setRemoving(null);
                },
              },
            )
          }
        >
          <p>{t('rooms.manage.removeText', { name: removing.displayName, room: room.name })}</p>
        </ConfirmDialog>
      )}
    </details>
  );
}
