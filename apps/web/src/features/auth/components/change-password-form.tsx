import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useFocusFirstError } from '../../../components/ui/use-focus-first-error';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../../config/constants';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { isApiError } from '../../../lib/api-client';
import { useChangePassword } from '../api/change-password';

type Field = 'currentPassword' | 'newPassword';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ currentPassword: '', newPassword: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const mutation = useChangePassword();
  useFocusFirstError(formRef, errors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    mutation.reset();
    const next: Partial<Record<Field, string>> = {};
    if (!values.currentPassword) next.currentPassword = t('account.currentRequired');
    if (values.newPassword.length < MIN_PASSWORD_LENGTH || values.newPassword.length > MAX_PASSWORD_LENGTH)
      next.newPassword = t('account.passwordInvalid');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    mutation.mutate(values, {
      onSuccess: () => setValues({ currentPassword: '', newPassword: '' }),
      onError: (error) => {
        // A wrong current password belongs to that field.
        if (isApiError(error, 'INVALID_CREDENTIALS')) setErrors({ currentPassword: errorMessage(error) });
        else setFormError(errorMessage(error));
      },
    });
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      {mutation.isSuccess && <Notice>{t('account.changed')}</Notice>}
      <TextField
        label={t('account.currentPassword')}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        value={values.currentPassword}
        error={errors.currentPassword}
        onChange={(e) => setValues((v) => ({ ...v, currentPassword: e.target.value }))}
      />
      <TextField
        label={t('account.newPassword')}
        hint={t('account.newPasswordHint')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        value={values.newPassword}
        error={errors.newPassword}
        onChange={(e) => setValues((v) => ({ ...v, newPassword: e.target.value }))}
      />
      <div className="form__actions">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('account.submitting') : t('account.submit')}
        </Button>
      </div>
    </form>
  );
}
