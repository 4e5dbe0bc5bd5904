import { useTranslation } from 'react-i18next';
import { CheckinFormDialog } from '../../../components/ui/checkin-form-dialog';
import { useMentorCheckinDraft, useSendMentorCheckin } from '../api/mentor-checkin';

interface MentorCheckinDialogProps {
  mentorshipId: string;
  name: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * A peer mentor checks in on the alumnus they support: a few general lines in a peer's voice to start
 * from, their own words, and a plain statement of where it lands. Nothing about risk or health is
 * shown, and not which channels the mentee chose: that stays theirs.
 */
export function MentorCheckinDialog({ mentorshipId, name, onDone, onCancel }: MentorCheckinDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'nl';
  const draft = useMentorCheckinDraft(mentorshipId, locale);
  const send = useSendMentorCheckin();
  return (
    <CheckinFormDialog
      name={name}
      intro={<p>{t('checkin.mentorIntro', { name })}</p>}
      suggestionsHint={t('checkin.mentorSuggestionsHint', { name })}
      draft={draft}
      send={send}
      onSend={(body, clientId, done) =>
        send.mutate({ mentorshipId, body, clientId, locale }, { onSuccess: done })
      }
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}
