import { useTranslation } from 'react-i18next';
import { CheckinFormDialog } from '../../../components/ui/checkin-form-dialog';
import { useCheckinDraft, useSendCheckin } from '../api/checkin';

interface CheckinDialogProps {
  membershipId: string;
  name: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * A zwart-gat check-in: a few warm suggestions to start from (chosen by why the risk rose), a free
 * text the writer edits, and a plain statement of how it reaches the person (their own choices).
 */
export function CheckinDialog({ membershipId, name, onDone, onCancel }: CheckinDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'nl';
  const draft = useCheckinDraft(membershipId, locale);
  const send = useSendCheckin();
  return (
    <CheckinFormDialog
      name={name}
      intro={
        <>
          <p>{t('checkin.intro', { name })}</p>
          {draft.data && (
            <p data-testid="checkin-channels">{t(checkinChannelsKey(draft.data.channels), { name })}</p>
          )}
        </>
      }
      suggestionsHint={t('checkin.suggestionsHint', { name })}
      draft={draft}
      send={send}
      onSend={(body, clientId, done) =>
        send.mutate({ membershipId, body, clientId, locale }, { onSuccess: done })
      }
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}

/** What the writer is told about how the message reaches the alumnus outside the app. */
function checkinChannelsKey(channels: readonly string[]) {
  const email = channels.includes('email');
  const push = channels.includes('push');
  if (email && push) return 'checkin.channelsEmailPush' as const;
  if (email) return 'checkin.channelsEmail' as const;
  if (push) return 'checkin.channelsPush' as const;
  return 'checkin.channelsNone' as const;
}
