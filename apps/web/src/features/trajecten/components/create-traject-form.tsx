import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { CheckboxGroup } from '../../../components/ui/checkbox-group';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { Loading } from '../../../components/ui/loading';
import { useFocusFirstError } from '../../../components/ui/use-focus-first-error';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { type CreateTrajectInput, useCreateTraject } from '../api/create-traject';
import { useFacilitatorOptions } from '../api/get-facilitator-options';
import { PersonName } from '../../../components/ui/person-name';
import { DAY, endsOnError, TrajectTextFields, trajectTextErrors } from './traject-text-fields';

interface SessionDraft {
  key: number;
  /** `datetime-local` value: yyyy-mm-ddThh:mm in the person's own time zone. */
  startsAt: string;
  title: string;
}

type Errors = Partial<Record<'name' | 'description' | 'startsOn' | 'endsOn' | 'facilitators', string>> & {
  sessions?: Record<number, string>;
};

/** Admins: a new traject with its sessions and facilitators; its group room is made with it. */
export function CreateTrajectForm({
  onCreated,
  onCancel,
}: {
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const nextKey = useRef(1);
  const facilitators = useFacilitatorOptions();
  const create = useCreateTraject();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [sessions, setSessions] = useState<SessionDraft[]>([{ key: 0, startsAt: '', title: '' }]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  useFocusFirstError(formRef, errors);

  function validate(): Errors {
    const found: Errors = trajectTextErrors(t, name, description);
    if (!DAY.test(startsOn)) found.startsOn = t('trajecten.create.dateRequired');
    const endsOnProblem = endsOnError(t, endsOn, startsOn);
    if (endsOnProblem) found.endsOn = endsOnProblem;
    const sessionErrors: Record<number, string> = {};
    for (const s of sessions)
      if (Number.isNaN(new Date(s.startsAt).getTime()))
        sessionErrors[s.key] = t('trajecten.create.sessionInvalid');
    if (Object.keys(sessionErrors).length > 0) found.sessions = sessionErrors;
    if (chosen.length === 0) found.facilitators = t('trajecten.create.facilitatorsRequired');
    return found;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const input: CreateTrajectInput = {
      name: name.trim(),
      ...(description.trim() ? { description: description.trim() } : {}),
      startsOn,
      endsOn,
      sessions: sessions.map((s) => ({
        startsAt: new Date(s.startsAt).toISOString(),
        ...(s.title.trim() ? { title: s.title.trim() } : {}),
      })),
      facilitatorIds: chosen,
    };
    create.mutate(input, { onSuccess: (traject) => onCreated(traject.id) });
  }

  const updateSession = (key: number, patch: Partial<SessionDraft>) =>
    setSessions((all) => all.map((s) => (s.key === key ? { ...s, ...patch } : s)));

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={submit}
      aria-labelledby="create-traject-heading"
    >
      <h2 id="create-traject-heading">{t('trajecten.create.heading')}</h2>
      <p className="muted">{t('trajecten.create.intro')}</p>
      <TrajectTextFields
        name={name}
        description={description}
        errors={errors}
        nameHint={t('trajecten.create.nameHint')}
        onName={setName}
        onDescription={setDescription}
      />
      <div className="form__row">
        <TextField
          type="date"
          label={t('trajecten.create.startsOn')}
          value={startsOn}
          error={errors.startsOn}
          onChange={(e) => setStartsOn(e.target.value)}
        />
        <TextField
          type="date"
          label={t('trajecten.create.endsOn')}
          value={endsOn}
          min={startsOn || undefined}
          error={errors.endsOn}
          onChange={(e) => setEndsOn(e.target.value)}
        />
      </div>

      <fieldset className="fieldset">
        <legend className="field__label">{t('trajecten.create.sessionsLegend')}</legend>
        <p className="field__hint">{t('trajecten.create.sessionsHint')}</p>
        {sessions.length === 0 && <p className="muted">{t('trajecten.create.sessionsEmpty')}</p>}
        <ol className="session-drafts">
          {sessions.map((s, i) => (
            <li key={s.key} className="session-draft">
              <TextField
                type="datetime-local"
                label={t('trajecten.create.sessionStartsAt', { n: i + 1 })}
                value={s.startsAt}
                error={errors.sessions?.[s.key]}
                onChange={(e) => updateSession(s.key, { startsAt: e.target.value })}
              />
              <TextField
                label={t('trajecten.create.sessionTitle', { n: i + 1 })}
                optional
                maxLength={120}
                value={s.title}
                onChange={(e) => updateSession(s.key, { title: e.target.value })}
              />
              <Button
                variant="quiet"
                className="button--small session-draft__remove"
                onClick={() => setSessions((all) => all.filter((x) => x.key !== s.key))}
              >
                {t('trajecten.create.removeSession', { n: i + 1 })}
              </Button>
            </li>
          ))}
        </ol>
        <Button
          variant="secondary"
          onClick={() => {
            const key = nextKey.current++;
            setSessions((all) => [...all, { key, startsAt: '', title: '' }]);
          }}
        >
          {t('trajecten.create.addSession')}
        </Button>
      </fieldset>

      {facilitators.isPending ? (
        <Loading label={t('trajecten.create.facilitatorsLoading')} />
      ) : facilitators.isError ? (
        <ErrorAlert>{errorMessage(facilitators.error)}</ErrorAlert>
      ) : facilitators.data.length === 0 ? (
        <p className="muted">{t('trajecten.create.facilitatorsEmpty')}</p>
      ) : (
        <CheckboxGroup
          legend={t('trajecten.create.facilitatorsLegend')}
          hint={t('trajecten.create.facilitatorsHint')}
          error={errors.facilitators}
          layout="columns"
          values={chosen}
          onChange={(ids) => {
            setChosen(ids);
            if (ids.length > 0) setErrors(({ facilitators: _, ...rest }) => rest);
          }}
          options={facilitators.data.map((m) => ({
            value: m.membershipId,
            label: <PersonName color={m.avatarColor} name={m.displayName} />,
          }))}
        />
      )}

      {create.isError && <ErrorAlert>{errorMessage(create.error)}</ErrorAlert>}
      <div className="form__actions">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? t('trajecten.create.submitting') : t('trajecten.create.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={create.isPending}>
          {t('trajecten.create.cancel')}
        </Button>
      </div>
    </form>
  );
}
