import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useFocusFirstError } from '../../../components/ui/use-focus-first-error';
import { checkPseudonym, type Me } from '@spiegel/domain';
import { LOGIN_NAME_PATTERN, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../../config/constants';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { isApiError } from '../../../lib/api-client';
import { useRegister } from '../api/register';

const FIELDS = ['displayName', 'login', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];
type Errors = Partial<Record<Field, string>>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isField(name: string): name is Field {
  return (FIELDS as readonly string[]).includes(name);
}

export function RegisterForm({
  code,
  onRegistered,
  onSecondStep,
}: {
  code: string;
  onRegistered: (me: Me) => void;
  /** Staff where a second factor is required: the account exists, enrolment comes before a session. */
  onSecondStep?: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<Field, string>>({
    displayName: '',
    login: '',
    email: '',
    password: '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const mutation = useRegister();
  useFocusFirstError(formRef, errors);

  const invalidMessage: Record<Field, string> = {
    displayName: t('register.displayNameInvalid'),
    login: t('register.loginInvalid'),
    email: t('register.emailInvalid'),
    password: t('register.passwordInvalid'),
  };

  /** Names the character that is not allowed, instead of a rule to puzzle over. */
  function pseudonymError(name: string): string | undefined {
    const check = checkPseudonym(name);
    if (check.ok) return undefined;
    switch (check.problem) {
      case 'character':
        return t('register.displayNameCharacter', { character: check.character, codePoint: check.codePoint });
      case 'edge':
        return t('register.displayNameEdge', { character: check.character });
      case 'noLetter':
        return t('register.displayNameNoLetter');
      case 'length':
        return invalidMessage.displayName;
    }
  }

  function validate(): Errors {
    const next: Errors = {};
    const displayNameError = pseudonymError(values.displayName.trim());
    if (displayNameError) next.displayName = displayNameError;
    if (!LOGIN_NAME_PATTERN.test(values.login.trim())) next.login = invalidMessage.login;
    if (values.email.trim() && !EMAIL_PATTERN.test(values.email.trim())) next.email = invalidMessage.email;
    if (values.password.length < MIN_PASSWORD_LENGTH || values.password.length > MAX_PASSWORD_LENGTH)
      next.password = invalidMessage.password;
    return next;
  }

  function showServerError(error: unknown) {
    if (isApiError(error, 'DISPLAY_NAME_TAKEN')) return setErrors({ displayName: errorMessage(error) });
    if (isApiError(error, 'LOGIN_NAME_TAKEN')) return setErrors({ login: errorMessage(error) });
    if (isApiError(error, 'VALIDATION_FAILED')) {
      const fields = error.fieldNames.filter(isField);
      if (fields.length > 0) {
        setErrors(Object.fromEntries(fields.map((f) => [f, invalidMessage[f]])));
        return setFormError(t('form.fixErrors'));
      }
    }
    setFormError(errorMessage(error));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const next = validate();
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const email = values.email.trim();
    mutation.mutate(
      {
        code,
        displayName: values.displayName.trim(),
        login: values.login.trim(),
        password: values.password,
        ...(email ? { email } : {}),
      },
      {
        onSuccess: (answer) => ('me' in answer ? onRegistered(answer.me) : onSecondStep?.()),
        onError: showServerError,
      },
    );
  }

  const set = (field: Field) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {formError && <ErrorAlert>{formError}</ErrorAlert>}
      <TextField
        label={t('register.displayName')}
        hint={t('register.displayNameHint')}
        name="displayName"
        autoComplete="nickname"
        maxLength={32}
        value={values.displayName}
        error={errors.displayName}
        onChange={set('displayName')}
      />
      <TextField
        label={t('register.login')}
        hint={t('register.loginHint')}
        name="login"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={40}
        value={values.login}
        error={errors.login}
        onChange={set('login')}
      />
      <TextField
        label={t('register.email')}
        hint={t('register.emailHint')}
        name="email"
        type="email"
        autoComplete="email"
        optional
        value={values.email}
        error={errors.email}
        onChange={set('email')}
      />
      <TextField
        label={t('register.password')}
        hint={t('register.passwordHint')}
        name="password"
        type="password"
        autoComplete="new-password"
        value={values.password}
        error={errors.password}
        onChange={set('password')}
      />
      <div className="form__actions">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('register.submitting') : t('register.submit')}
        </Button>
      </div>
    </form>
  );
}
