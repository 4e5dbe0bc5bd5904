import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CopyField } from '../../../components/ui/copy-field';
import { TextField } from '../../../components/ui/field';
import { useFocusFirstError } from '../../../components/ui/use-focus-first-error';
import { useErrorMessage } from '../../../i18n/use-error-message';
import type { CreatedInvitation } from '@spiegel/domain';
import { useCreateTrajectInvitation } from '../api/create-traject-invitation';

function wholeNumberIn(value: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

function CreatedLink({ invitation, onDone }: { invitation: CreatedInvitation; onDone: () => void }) {
  const { t } = useTranslation();
  const textRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => textRef.current?.focus(), []);
  return (
    <div className="panel panel--highlight">
      <p ref={textRef} tabIndex={-1}>
        {t('trajecten.detail.invitationCreated')}
      </p>
      <CopyField
        label={t('trajecten.detail.invitationLink')}
        value={invitation.url}
        copyLabel={t('admin.invitations.copy')}
        copiedMessage={t('admin.invitations.copied')}
        failedMessage={t('admin.invitations.copyFailed')}
      />
      <Button variant="secondary" onClick={onDone}>
        {t('trajecten.detail.invitationDone')}
      </Button>
    </div>
  );
}

/** A link for new people: they register, read the consent screen and decide. The link is shown once. */
export function TrajectInvitationForm({ trajectId }: { trajectId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const create = useCreateTrajectInvitation(trajectId);
  const [maxUses, setMaxUses] = useState('20');
  const [days, setDays] = useState('14');
  const [errors, setErrors] = useState<Partial<Record<'maxUses' | 'days', string>>>({});
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  useFocusFirstError(formRef, errors);

  if (created) return <CreatedLink invitation={created} onDone={() => setCreated(null)} />;

  function submit(event: FormEvent) {
    event.preventDefault();
    const uses = wholeNumberIn(maxUses, 1, 500);
    const valid = wholeNumberIn(days, 1, 90);
    const found = {
      ...(uses === undefined ? { maxUses: t('trajecten.detail.maxUsesInvalid') } : {}),
      ...(valid === undefined ? { days: t('trajecten.detail.daysInvalid') } : {}),
    };
    setErrors(found);
    if (uses === undefined || valid === undefined) return;
    create.mutate({ maxUses: uses, expiresInDays: valid }, { onSuccess: setCreated });
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      <div className="form__row">
        <TextField
          label={t('trajecten.detail.maxUses')}
          hint={t('trajecten.detail.maxUsesHint')}
          inputMode="numeric"
          value={maxUses}
          error={errors.maxUses}
          onChange={(e) => setMaxUses(e.target.value)}
        />
        <TextField
          label={t('trajecten.detail.days')}
          hint={t('trajecten.detail.daysHint')}
          inputMode="numeric"
          value={days}
          error={errors.days}
          onChange={(e) => setDays(e.target.value)}
        />
      </div>
      {create.isError && <ErrorAlert>{errorMessage(create.error)}</ErrorAlert>}
      <div className="form__actions">
        <Button type="submit" variant="secondary" disabled={create.isPending}>
          {create.isPending
            ? t('trajecten.detail.invitationSubmitting')
            : t('trajecten.detail.invitationSubmit')}
        </Button>
      </div>
    </form>
  );
}
