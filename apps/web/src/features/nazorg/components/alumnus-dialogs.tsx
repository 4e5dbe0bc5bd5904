import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField } from '../../../components/ui/field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useRecordContact } from '../api/record-contact';
import { SNOOZE_DAYS, useSnoozeAlumnus } from '../api/snooze-alumnus';
import { useSuggestMentor } from '../api/suggest-mentor';

/** An active peer mentor who can be suggested, with how full they are. */
export interface MentorOption {
  membershipId: string;
  displayName: string;
  used: number;
  max: number;
}

interface DialogProps {
  membershipId: string;
  name: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const NOTE_MAX = 2000;

export function ContactDialog({ membershipId, name, onDone, onCancel }: DialogProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const record = useRecordContact();
  const [note, setNote] = useState('');
  const tooLong = note.length > NOTE_MAX;
  return (
    <FormDialog
      title={t('nazorg.contactTitle', { name })}
      submitLabel={t('nazorg.contactSubmit')}
      busy={record.isPending}
      error={record.isError ? errorMessage(record.error) : undefined}
      onCancel={onCancel}
      onSubmit={() => {
        if (tooLong) return;
        record.mutate(
          { membershipId, note: note.trim() || undefined },
          { onSuccess: () => onDone(t('nazorg.contacted', { name })) },
        );
      }}
    >
      <TextAreaField
        label={t('nazorg.contactNote')}
        hint={t('nazorg.contactNoteHint')}
        optional
        rows={4}
        value={note}
        error={tooLong ? t('nazorg.contactNoteInvalid') : undefined}
        onChange={(e) => setNote(e.target.value)}
      />
    </FormDialog>
  );
}

export function SnoozeDialog({ membershipId, name, onDone, onCancel }: DialogProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const snooze = useSnoozeAlumnus();
  const [days, setDays] = useState('14');
  return (
    <FormDialog
      title={t('nazorg.snoozeTitle', { name })}
      intro={<p>{t('nazorg.snoozeIntro', { name })}</p>}
      submitLabel={t('nazorg.snoozeSubmit')}
      busy={snooze.isPending}
      error={snooze.isError ? errorMessage(snooze.error) : undefined}
      onCancel={onCancel}
      onSubmit={() =>
        snooze.mutate(
          { membershipId, days: Number(days) },
          { onSuccess: () => onDone(t('nazorg.snoozedDone', { name })) },
        )
      }
    >
      <SelectField
        label={t('nazorg.snoozeDays')}
        value={days}
        onChange={(e) => setDays(e.target.value)}
        options={SNOOZE_DAYS.map((d) => ({
          value: String(d),
          label: t('nazorg.snoozeOption', { count: d }),
        }))}
      />
    </FormDialog>
  );
}

export function SuggestMentorDialog({
  membershipId,
  name,
  mentors,
  onDone,
  onCancel,
}: DialogProps & { mentors: MentorOption[] | undefined }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const suggest = useSuggestMentor();
  const choices = (mentors ?? []).filter((m) => m.membershipId !== membershipId);
  const [chosen, setChosen] = useState('');
  const mentorId = chosen || choices[0]?.membershipId || '';
  return (
    <FormDialog
      title={t('nazorg.suggestTitle', { name })}
      intro={<p>{t('nazorg.suggestIntro', { name })}</p>}
      submitLabel={t('nazorg.suggestSubmit')}
      busy={suggest.isPending}
      error={suggest.isError ? errorMessage(suggest.error) : undefined}
      onCancel={onCancel}
      onSubmit={() => {
        if (!mentorId) return;
        suggest.mutate(
          { membershipId, mentorMembershipId: mentorId },
          { onSuccess: () => onDone(t('nazorg.suggested', { name })) },
        );
      }}
    >
      {mentors === undefined ? (
        <p className="loading">{t('nazorg.suggestLoading')}</p>
      ) : choices.length === 0 ? (
        <p>{t('nazorg.suggestNone')}</p>
      ) : (
        <SelectField
          label={t('nazorg.suggestMentorLabel')}
          value={mentorId}
          onChange={(e) => setChosen(e.target.value)}
          options={choices.map((m) => ({
            value: m.membershipId,
            label: t('nazorg.mentorOption', { name: m.displayName, used: m.used, max: m.max }),
          }))}
        />
      )}
    </FormDialog>
  );
}
