import type { SsoConfigView, SsoRoleMode } from '@spiegel/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CopyField } from '../../../components/ui/copy-field';
import { SelectField, TextField } from '../../../components/ui/field';
import { Loading } from '../../../components/ui/loading';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useSaveSsoConfig, useSsoConfig } from '../api/sso';

const splitList = (value: string) =>
  value
    .split(/[,\n]/)
    .map((v) => v.trim())
    .filter(Boolean);

/** Admin: the organisation's OpenID Connect provider for staff log-in, and how its claims map to roles. */
export function SsoSettingsForm() {
  const errorMessage = useErrorMessage();
  const config = useSsoConfig();
  if (config.isPending) return <Loading />;
  if (config.isError) return <ErrorAlert>{errorMessage(config.error)}</ErrorAlert>;
  return <SsoSettingsEditor initial={config.data} />;
}

function SsoSettingsEditor({ initial }: { initial: SsoConfigView }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const save = useSaveSsoConfig();
  const [enabled, setEnabled] = useState(initial.enabled);
  const [issuer, setIssuer] = useState(initial.issuer);
  const [clientId, setClientId] = useState(initial.clientId);
  const [clientSecret, setClientSecret] = useState('');
  const [domains, setDomains] = useState(initial.emailDomains.join(', '));
  const [mode, setMode] = useState<SsoRoleMode>(initial.mapping.mode);
  const [claim, setClaim] = useState(initial.mapping.claim ?? 'groups');
  const [adminValues, setAdminValues] = useState(initial.mapping.adminValues.join(', '));
  const [facilitatorValues, setFacilitatorValues] = useState(initial.mapping.facilitatorValues.join(', '));
  const edit =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      save.reset();
      set(v);
    };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate(
      {
        enabled,
        issuer: issuer.trim(),
        clientId: clientId.trim(),
        ...(clientSecret.trim() ? { clientSecret: clientSecret.trim() } : {}),
        emailDomains: splitList(domains).map((d) => d.toLowerCase()),
        mapping:
          mode === 'claim'
            ? {
                mode,
                claim: claim.trim(),
                adminValues: splitList(adminValues),
                facilitatorValues: splitList(facilitatorValues),
              }
            : { mode, claim: null, adminValues: [], facilitatorValues: [] },
      },
      { onSuccess: () => setClientSecret('') },
    );
  }

  return (
    <form className="form form--narrow sso-settings" noValidate onSubmit={submit}>
      <CopyField
        label={t('sso.admin.redirectUri')}
        value={initial.redirectUri}
        copyLabel={t('admin.invitations.copy')}
        copiedMessage={t('admin.invitations.copied')}
        failedMessage={t('admin.invitations.copyFailed')}
      />
      <p className="muted">{t('sso.admin.redirectUriHint')}</p>
      <TextField
        label={t('sso.admin.issuer')}
        hint={t('sso.admin.issuerHint')}
        name="issuer"
        type="url"
        inputMode="url"
        autoCapitalize="none"
        spellCheck={false}
        value={issuer}
        onChange={(e) => edit(setIssuer)(e.target.value)}
      />
      <TextField
        label={t('sso.admin.clientId')}
        name="clientId"
        autoCapitalize="none"
        spellCheck={false}
        value={clientId}
        onChange={(e) => edit(setClientId)(e.target.value)}
      />
      <TextField
        label={t('sso.admin.clientSecret')}
        hint={initial.hasClientSecret ? t('sso.admin.clientSecretKept') : t('sso.admin.clientSecretHint')}
        name="clientSecret"
        type="password"
        autoComplete="off"
        value={clientSecret}
        onChange={(e) => edit(setClientSecret)(e.target.value)}
      />
      <TextField
        label={t('sso.admin.domains')}
        hint={t('sso.admin.domainsHint')}
        name="emailDomains"
        optional
        autoCapitalize="none"
        spellCheck={false}
        value={domains}
        onChange={(e) => edit(setDomains)(e.target.value)}
      />
      <SelectField
        label={t('sso.admin.mode')}
        name="mode"
        value={mode}
        options={[
          { value: 'invite_only', label: t('sso.admin.modes.invite_only') },
          { value: 'claim', label: t('sso.admin.modes.claim') },
        ]}
        onChange={(e) => edit(setMode)(e.target.value as SsoRoleMode)}
      />
      <p className="muted">{t(`sso.admin.modeHints.${mode}`)}</p>
      {mode === 'claim' && (
        <>
          <TextField
            label={t('sso.admin.claim')}
            hint={t('sso.admin.claimHint')}
            name="claim"
            autoCapitalize="none"
            spellCheck={false}
            value={claim}
            onChange={(e) => edit(setClaim)(e.target.value)}
          />
          <TextField
            label={t('sso.admin.adminValues')}
            hint={t('sso.admin.valuesHint')}
            name="adminValues"
            spellCheck={false}
            value={adminValues}
            onChange={(e) => edit(setAdminValues)(e.target.value)}
          />
          <TextField
            label={t('sso.admin.facilitatorValues')}
            hint={t('sso.admin.valuesHint')}
            name="facilitatorValues"
            spellCheck={false}
            value={facilitatorValues}
            onChange={(e) => edit(setFacilitatorValues)(e.target.value)}
          />
        </>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={enabled} onChange={(e) => edit(setEnabled)(e.target.checked)} />{' '}
        {t('sso.admin.enabled')}
      </label>
      {initial.enabled && (
        <CopyField
          label={t('sso.admin.loginUrl')}
          value={initial.loginUrl}
          copyLabel={t('admin.invitations.copy')}
          copiedMessage={t('admin.invitations.copied')}
          failedMessage={t('admin.invitations.copyFailed')}
        />
      )}
      {save.isError && <ErrorAlert>{errorMessage(save.error)}</ErrorAlert>}
      {save.isSuccess && <Notice>{t('sso.admin.saved')}</Notice>}
      <div className="form__actions">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('sso.admin.saving') : t('sso.admin.save')}
        </Button>
      </div>
    </form>
  );
}
