import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useFocusFirstError } from '../../../components/ui/use-focus-first-error';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../../config/constants';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useResetPassword } from '../api/reset-password';

export function ResetPasswordForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ newPassword?: string }>({});
  const mutation = useResetPassword();
  useFocusFirstError(formRef, errors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH;
    setErrors(invalid ? { newPassword: t('resetPassword.passwordInvalid') } : {});
    if (invalid) return;
    mutation.mutate({ token, newPassword: password }, { onSuccess: onDone });
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {mutation.error && <ErrorAlert>{errorMessage(mutation.error)}</ErrorAlert>}
      <TextField
        label={t('resetPassword.newPassword')}
        hint={t('resetPassword.newPasswordHint')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        value={password}
        error={errors.newPassword}
        onChange={(e) => setPassword(e.target.value)}
      />
      <div className="form__actions">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('resetPassword.submitting') : t('resetPassword.submit')}
        </Button>
      </div>
    </form>
  );
}
