import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useFocusFirstError } from '../../../components/ui/use-focus-first-error';
import { useErrorMessage } from '../../../i18n/use-error-message';
import type { TrajectDetail } from '@spiegel/domain';
import { type UpdateTrajectInput, useUpdateTraject } from '../api/update-traject';
import { endsOnError, TrajectTextFields, trajectTextErrors } from './traject-text-fields';

type Errors = Partial<Record<'name' | 'description' | 'endsOn', string>>;

/**
 * Staff: correct a traject's name and description, and move its end date while it has not been completed
 * (after that its participants are alumni and the after-care counts from the end, so the date stays put).
 * Only what changed is sent.
 */
export function EditTrajectForm({
  traject,
  onSaved,
  onCancel,
}: {
  traject: TrajectDetail;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const update = useUpdateTraject(traject.id);
  const completed = traject.status === 'afgerond';
  const [name, setName] = useState(traject.name);
  const [description, setDescription] = useState(traject.description);
  const [endsOn, setEndsOn] = useState(traject.endsOn);
  const [errors, setErrors] = useState<Errors>({});
  useFocusFirstError(formRef, errors);
  const nameRef = useRef<HTMLInputElement>(null);
  // Opened from a button that is now gone: keyboard and screen-reader users continue in the form.
  useEffect(() => nameRef.current?.focus(), []);

  function validate(): Errors {
    const found: Errors = trajectTextErrors(t, name, description);
    const endsOnProblem = completed ? undefined : endsOnError(t, endsOn, traject.startsOn);
    if (endsOnProblem) found.endsOn = endsOnProblem;
    return found;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const changes: UpdateTrajectInput = {};
    if (name.trim() !== traject.name) changes.name = name.trim();
    if (description.trim() !== traject.description) changes.description = description.trim();
    if (!completed && endsOn !== traject.endsOn) changes.endsOn = endsOn;
    if (Object.keys(changes).length === 0) {
      onCancel();
      return;
    }
    update.mutate(changes, { onSuccess: onSaved });
  }

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={submit}
      aria-busy={update.isPending}
      aria-labelledby="traject-edit-heading"
    >
      {update.isError && <ErrorAlert>{errorMessage(update.error)}</ErrorAlert>}
      <TrajectTextFields
        name={name}
        description={description}
        errors={errors}
        nameHint={t('trajecten.edit.nameHint')}
        nameRef={nameRef}
        onName={setName}
        onDescription={setDescription}
      />
      {completed ? (
        <p className="muted">{t('trajecten.edit.endsOnFixed')}</p>
      ) : (
        <TextField
          type="date"
          label={t('trajecten.create.endsOn')}
          hint={t('trajecten.edit.endsOnHint')}
          value={endsOn}
          min={traject.startsOn}
          error={errors.endsOn}
          onChange={(e) => setEndsOn(e.target.value)}
        />
      )}
      <div className="button-row">
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? t('trajecten.edit.submitting') : t('trajecten.edit.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={update.isPending}>
          {t('dialog.cancel')}
        </Button>
      </div>
    </form>
  );
}
