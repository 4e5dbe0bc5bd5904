import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useCreateRoom } from '../api/create-room';

/** For facilitators and admins: a new group or open community room (members are added inside it). */
export function CreateRoomForm({ onCreated }: { onCreated: (roomId: string) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const create = useCreateRoom();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<'group' | 'community'>('group');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [tried, setTried] = useState(false);
  const nameInvalid = name.trim().length < 2 || name.trim().length > 80;

  return (
    <section className="card" aria-labelledby="create-room-heading">
      <h2 id="create-room-heading">{t('rooms.create.heading')}</h2>
      {!open ? (
        <>
          <p className="muted">{t('rooms.create.intro')}</p>
          <Button variant="secondary" onClick={() => setOpen(true)}>
            {t('rooms.create.open')}
          </Button>
        </>
      ) : (
        <form
          className="form form--narrow"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setTried(true);
            if (nameInvalid || description.length > 500) return;
            create.mutate(
              { kind, name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}) },
              { onSuccess: (room) => onCreated(room.id) },
            );
          }}
        >
          <SelectField
            label={t('rooms.create.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value === 'community' ? 'community' : 'group')}
            options={[
              { value: 'group', label: t('rooms.create.kindGroup') },
              { value: 'community', label: t('rooms.create.kindCommunity') },
            ]}
          />
          <TextField
            label={t('rooms.create.name')}
            value={name}
            autoFocus
            error={tried && nameInvalid ? t('rooms.create.nameInvalid') : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          <TextField
            label={t('rooms.create.description')}
            optional
            hint={t('rooms.create.descriptionHint')}
            value={description}
            error={description.length > 500 ? t('rooms.create.descriptionInvalid') : undefined}
            onChange={(e) => setDescription(e.target.value)}
          />
          {create.isError && <ErrorAlert>{errorMessage(create.error)}</ErrorAlert>}
          <div className="form__actions">
            <Button type="submit" disabled={create.isPending}>
              {t('rooms.create.submit')}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('dialog.cancel')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
