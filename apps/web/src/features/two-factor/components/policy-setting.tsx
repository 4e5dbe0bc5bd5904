import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Loading } from '../../../components/ui/loading';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useSetTwoFactorPolicy, useTwoFactorPolicy } from '../api/two-factor';

/** Beheer: whether staff must use a second step (the organisation's setting, on by default). */
export function TwoFactorPolicySetting() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const id = useId();
  const policy = useTwoFactorPolicy();
  const save = useSetTwoFactorPolicy();
  if (policy.isPending) return <Loading />;
  if (policy.error) return <ErrorAlert>{errorMessage(policy.error)}</ErrorAlert>;
  return (
    <div className="stack">
      <p className="muted">{t('twoFactor.admin.policyIntro')}</p>
      {save.error && <ErrorAlert>{errorMessage(save.error)}</ErrorAlert>}
      <label className="choice" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          // While saving, the box shows what was chosen (the saved value follows).
          checked={save.isPending ? save.variables.requiredForStaff : policy.data.requiredForStaff}
          disabled={save.isPending}
          onChange={(e) => save.mutate({ requiredForStaff: e.target.checked })}
        />{' '}
        {t('twoFactor.admin.policyRequired')}
      </label>
      <span role="status" className="muted">
        {save.isSuccess ? t('twoFactor.admin.policySaved') : ''}
      </span>
    </div>
  );
}
