import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CopyField } from '../../../components/ui/copy-field';
import { SelectField, TextField } from '../../../components/ui/field';
import { useFocusFirstError } from '../../../components/ui/use-focus-first-error';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { type CreatedInvitation, MEMBERSHIP_ROLES, type MembershipRole } from '@spiegel/domain';
import { useCreateInvitation } from '../api/create-invitation';

type Field = 'expiresInDays' | 'maxUses' | 'note' | 'email';

function wholeNumberIn(value: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

/** Shows a newly made link exactly once: it lives only in this component's state, never in the cache. */
function CreatedInvitationPanel({
  invitation,
  onDone,
}: {
  invitation: CreatedInvitation;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="panel panel--highlight" aria-labelledby="created-invitation-heading">
      <h3 id="created-invitation-heading" ref={headingRef} tabIndex={-1}>
        {t('admin.invitations.createdHeading')}
      </h3>
      <p>{t('admin.invitations.createdOnce')}</p>
      <CopyField
        label={t('admin.invitations.linkLabel')}
        value={invitation.url}
        copyLabel={t('admin.invitations.copy')}
        copiedMessage={t('admin.invitations.copied')}
        failedMessage={t('admin.invitations.copyFailed')}
      />
      <Button variant="secondary" onClick={onDone}>
        {t('admin.invitations.done')}
      </Button>
    </section>
  );
}

export function CreateInvitationForm() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [role, setRole] = useState<MembershipRole>('participant');
  const [days, setDays] = useState('14');
  const [maxUses, setMaxUses] = useState('1');
  const [note, setNote] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const mutation = useCreateInvitation();
  useFocusFirstError(formRef, errors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    const expiresInDays = wholeNumberIn(days, 1, 90);
    const uses = wholeNumberIn(maxUses, 1, 500);
    const next: Partial<Record<Field, string>> = {};
    if (expiresInDays === undefined) next.expiresInDays = t('admin.invitations.daysInvalid');
    if (uses === undefined) next.maxUses = t('admin.invitations.maxUsesInvalid');
    if (note.trim().length > 200) next.note = t('admin.invitations.noteInvalid');
    if (email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email.trim()))
      next.email = t('ssoInvitation.emailInvalid');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    mutation.mutate(
      {
        role,
        expiresInDays,
        maxUses: uses,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(email.trim() && role !== 'participant' ? { email: email.trim() } : {}),
      },
      {
        onSuccess: (invitation) => {
          setCreated(invitation);
          setNote('');
          setEmail('');
        },
      },
    );
  }

  return (
    <>
      <form ref={formRef} className="form form--narrow" noValidate onSubmit={submit}>
        {mutation.error && <ErrorAlert>{errorMessage(mutation.error)}</ErrorAlert>}
        <SelectField
          label={t('admin.invitations.role')}
          name="role"
          value={role}
          options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))}
          onChange={(e) => setRole(e.target.value as MembershipRole)}
        />
        <TextField
          label={t('admin.invitations.days')}
          hint={t('admin.invitations.daysHint')}
          name="expiresInDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={90}
          value={days}
          error={errors.expiresInDays}
          onChange={(e) => setDays(e.target.value)}
        />
        <TextField
          label={t('admin.invitations.maxUses')}
          hint={t('admin.invitations.maxUsesHint')}
          name="maxUses"
          type="number"
          inputMode="numeric"
          min={1}
          max={500}
          value={maxUses}
          error={errors.maxUses}
          onChange={(e) => setMaxUses(e.target.value)}
        />
        <TextField
          label={t('admin.invitations.note')}
          hint={t('admin.invitations.noteHint')}
          name="note"
          optional
          maxLength={200}
          value={note}
          error={errors.note}
          onChange={(e) => setNote(e.target.value)}
        />
        {role !== 'participant' && (
          <TextField
            label={t('ssoInvitation.email')}
            hint={t('ssoInvitation.emailHint')}
            name="email"
            type="email"
            optional
            autoCapitalize="none"
            spellCheck={false}
            maxLength={254}
            value={email}
            error={errors.email}
            onChange={(e) => setEmail(e.target.value)}
          />
        )}
        <div className="form__actions">
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? t('admin.invitations.submitting') : t('admin.invitations.submit')}
          </Button>
        </div>
      </form>
      {created && <CreatedInvitationPanel invitation={created} onDone={() => setCreated(null)} />}
    </>
  );
}
