import {
  type ContributionView,
  MESSAGE_MAX_CHARS,
  STORY_BODY_MAX_CHARS,
  STORY_TITLE_MAX_CHARS,
} from '@spiegel/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { TextAreaField, TextField } from '../../../components/ui/field';
import { ErrorAlert } from '../../../components/ui/alert';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useEditContribution } from '../api/edit-contribution';

/** Editing one's own contribution in place; Escape or "Annuleren" leaves it as it was. */
export function EditContributionForm({
  contribution,
  onDone,
}: {
  contribution: ContributionView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const mutation = useEditContribution();
  const story = contribution.kind === 'story';
  const [title, setTitle] = useState(contribution.title ?? '');
  const [body, setBody] = useState(contribution.body ?? '');
  const [tried, setTried] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const max = story ? STORY_BODY_MAX_CHARS : MESSAGE_MAX_CHARS;

  useEffect(() => bodyRef.current?.focus(), []);

  const bodyError = !body.trim()
    ? t('rooms.composer.emptyError')
    : body.length > max
      ? t('rooms.composer.tooLong', { count: body.length - max })
      : undefined;
  const titleError = story
    ? !title.trim()
      ? t('rooms.composer.titleRequired')
      : title.length > STORY_TITLE_MAX_CHARS
        ? t('rooms.composer.titleTooLong', { max: STORY_TITLE_MAX_CHARS })
        : undefined
    : undefined;

  return (
    <form
      className="form edit-form"
      noValidate
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (bodyError || titleError) return;
        mutation.mutate(
          { id: contribution.id, body: body.trim(), ...(story ? { title: title.trim() } : {}) },
          { onSuccess: onDone },
        );
      }}
    >
      {story && (
        <TextField
          label={t('rooms.composer.storyTitle')}
          value={title}
          error={tried ? titleError : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
      )}
      <TextAreaField
        ref={bodyRef}
        label={story ? t('rooms.composer.storyBody') : t('rooms.edit.label')}
        value={body}
        rows={story ? 8 : 3}
        error={tried ? bodyError : undefined}
        onChange={(e) => setBody(e.target.value)}
      />
      {mutation.isError && <ErrorAlert>{errorMessage(mutation.error)}</ErrorAlert>}
      <div className="button-row">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('rooms.edit.saving') : t('rooms.edit.save')}
        </Button>
        <Button variant="secondary" onClick={onDone} disabled={mutation.isPending}>
          {t('dialog.cancel')}
        </Button>
      </div>
    </form>
  );
}
