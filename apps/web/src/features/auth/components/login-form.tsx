import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useFocusFirstError } from '../../../components/ui/use-focus-first-error';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { isApiError } from '../../../lib/api-client';
import type { Me } from '@spiegel/domain';
import { useLogin } from '../api/login';

type Field = 'login' | 'password';

export function LoginForm({
  onLoggedIn,
  onSecondStep,
}: {
  onLoggedIn: (me: Me) => void;
  /** The password was right; a code (or enrolment) comes next, on its own page. */
  onSecondStep?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ login: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const mutation = useLogin();
  useFocusFirstError(formRef, errors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    if (!values.login.trim()) next.login = t('login.loginRequired');
    if (!values.password) next.password = t('login.passwordRequired');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    mutation.mutate(
      { login: values.login.trim(), password: values.password },
      {
        onSuccess: (answer) => ('me' in answer ? onLoggedIn(answer.me) : onSecondStep?.()),
        onError: () => setValues((v) => ({ ...v, password: '' })),
      },
    );
  }

  const error = mutation.error;
  const retryMinutes =
    isApiError(error, 'RATE_LIMITED') && error.retryAfterSeconds !== undefined && i18n.language !== 'nl'
      ? Math.max(1, Math.ceil(error.retryAfterSeconds / 60))
      : undefined;

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {error && (
        <ErrorAlert>
          {errorMessage(error)}
          {retryMinutes !== undefined && ` ${t('login.retryAfter', { minutes: retryMinutes })}`}
        </ErrorAlert>
      )}
      <TextField
        label={t('login.login')}
        name="login"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={values.login}
        error={errors.login}
        onChange={(e) => setValues((v) => ({ ...v, login: e.target.value }))}
      />
      <TextField
        label={t('login.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        value={values.password}
        error={errors.password}
        onChange={(e) => setValues((v) => ({ ...v, password: e.target.value }))}
      />
      <div className="form__actions">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('login.submitting') : t('login.submit')}
        </Button>
      </div>
    </form>
  );
}
