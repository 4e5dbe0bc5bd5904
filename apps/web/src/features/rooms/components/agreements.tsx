import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextAreaField } from '../../../components/ui/field';
import { TextBody } from '../../../components/ui/text-body';
import { formatDate } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { AGREEMENTS_MAX_CHARS, useUpdateAgreements } from '../api/update-agreements';
import type { RoomDetail } from '@spiegel/domain';

const OPEN_KEY = 'spiegel.agreementsClosed';

function closedRooms(): string[] {
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(OPEN_KEY) ?? '[]');
    return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The group's own agreements, pinned above the conversation. Any member may change them (they are
 * the group's); everyone sees who changed them last. Open or closed is remembered per room.
 */
export function Agreements({ room, placement }: { room: RoomDetail; placement: 'top' | 'side' }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const mutation = useUpdateAgreements();
  // On a wide screen they sit open beside the conversation; on a phone, one closed line above it
  // (CSS shows one of the two). Only the side one remembers being closed.
  const [open, setOpen] = useState(() => placement === 'side' && !closedRooms().includes(room.id));
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(room.agreements);
  const editRef = useRef<HTMLTextAreaElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const tooLong = text.length > AGREEMENTS_MAX_CHARS;

  useEffect(() => {
    if (editing) editRef.current?.focus();
  }, [editing]);

  const remember = (nextOpen: boolean) => {
    setOpen(nextOpen);
    if (placement === 'top') return;
    try {
      const others = closedRooms().filter((id) => id !== room.id);
      window.localStorage.setItem(OPEN_KEY, JSON.stringify(nextOpen ? others : [...others, room.id]));
    } catch {
      // Not remembered; that is all.
    }
  };

  return (
    <details
      className={`agreements agreements--${placement}`}
      open={open}
      onToggle={(e) => {
        const next = (e.currentTarget as HTMLDetailsElement).open;
        if (next !== open) remember(next);
      }}
    >
      <summary className="agreements__summary">{t('rooms.agreements.heading')}</summary>
      <div className="agreements__body">
        {editing ? (
          <form
            className="form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (tooLong) return;
              mutation.mutate(
                { roomId: room.id, text },
                {
                  onSuccess: () => {
                    setEditing(false);
                    editButtonRef.current?.focus();
                  },
                },
              );
            }}
          >
            <TextAreaField
              ref={editRef}
              label={t('rooms.agreements.label')}
              hint={t('rooms.agreements.hint')}
              error={tooLong ? t('rooms.agreements.tooLong', { max: AGREEMENTS_MAX_CHARS }) : undefined}
              value={text}
              rows={8}
              optional
              onChange={(e) => setText(e.target.value)}
            />
            {mutation.isError && <ErrorAlert>{errorMessage(mutation.error)}</ErrorAlert>}
            <div className="button-row">
              <Button type="submit" disabled={mutation.isPending}>
                {t('rooms.agreements.save')}
              </Button>
              <Button variant="secondary" onClick={() => setEditing(false)} disabled={mutation.isPending}>
                {t('dialog.cancel')}
              </Button>
            </div>
          </form>
        ) : (
          <>
            {room.agreements ? (
              <TextBody text={room.agreements} lines="list" className="agreements__text" />
            ) : (
              <p className="muted">{t('rooms.agreements.empty')}</p>
            )}
            {room.agreementsUpdatedAt && (
              <p className="agreements__updated">
                {room.agreementsUpdatedBy
                  ? t('rooms.agreements.updatedBy', {
                      name: room.agreementsUpdatedBy.displayName,
                      date: formatDate(room.agreementsUpdatedAt),
                    })
                  : t('rooms.agreements.updated', { date: formatDate(room.agreementsUpdatedAt) })}
              </p>
            )}
            <Button
              ref={editButtonRef}
              variant="quiet"
              className="button--small"
              onClick={() => {
                setText(room.agreements);
                mutation.reset();
                setEditing(true);
              }}
            >
              {t('rooms.agreements.edit')}
            </Button>
          </>
        )}
      </div>
    </details>
  );
}
