import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OUTREACH_FREQUENCIES,
  type OutreachFrequency,
  type OutreachPreference,
  type OutreachSettingsView,
} from '@spiegel/domain';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useSavePreferences } from '../api/outreach';

/**
 * Per kind: whether it may come by e-mail (and how often) and as a push notification on the devices
 * turned on above. In-app notifications always stay. Saving records the consent (the moment is shown).
 */
export function OutreachPreferencesForm({ settings }: { settings: OutreachSettingsView }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [prefs, setPrefs] = useState<OutreachPreference[]>(settings.preferences);
  const [quiet, setQuiet] = useState({
    from: settings.quietHours?.from ?? '',
    to: settings.quietHours?.to ?? '',
    crisisAlways: settings.quietHours?.crisisAlways ?? false,
  });
  const save = useSavePreferences();
  const verified = settings.email?.verified === true;

  const update = (kind: OutreachPreference['kind'], change: Partial<OutreachPreference>) =>
    setPrefs((list) => list.map((p) => (p.kind === kind ? { ...p, ...change } : p)));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.reset();
    save.mutate({
      preferences: prefs,
      quietHours:
        quiet.from && quiet.to ? { from: quiet.from, to: quiet.to, crisisAlways: quiet.crisisAlways } : null,
    });
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-describedby="outreach-prefs-intro">
      <p id="outreach-prefs-intro" className="muted">
        {verified ? t('outreach.prefs.intro') : t('outreach.prefs.introUnverified')}
      </p>
      {save.isSuccess && <Notice>{t('outreach.prefs.saved')}</Notice>}
      {save.error && <ErrorAlert>{errorMessage(save.error)}</ErrorAlert>}
      {prefs.map((p) => (
        <fieldset key={p.kind} className="outreach-fieldset">
          <legend>{t(`outreach.kinds.${p.kind}`)}</legend>
          <p className="field__hint">{t(`outreach.kindHints.${p.kind}`)}</p>
          <label className="outreach-checkbox">
            <input
              type="checkbox"
              name={`email-${p.kind}`}
              checked={p.email}
              onChange={(e) => update(p.kind, { email: e.target.checked })}
            />{' '}
            {t('outreach.prefs.byEmail')}
          </label>
          <label className="outreach-checkbox">
            <input
              type="checkbox"
              name={`push-${p.kind}`}
              checked={p.push}
              onChange={(e) => update(p.kind, { push: e.target.checked })}
            />{' '}
            {t('push.byPush')}
          </label>
          {p.email && (
            <SelectField
              label={t('outreach.prefs.frequency')}
              name={`frequency-${p.kind}`}
              value={p.frequency}
              options={OUTREACH_FREQUENCIES.map((f) => ({ value: f, label: t(`outreach.frequencies.${f}`) }))}
              onChange={(e) => update(p.kind, { frequency: e.target.value as OutreachFrequency })}
            />
          )}
        </fieldset>
      ))}
      <fieldset className="outreach-fieldset">
        <legend>{t('outreach.prefs.quietHeading')}</legend>
        <p className="field__hint">{t('outreach.prefs.quietHint')}</p>
        <TextField
          label={t('outreach.prefs.quietFrom')}
          name="quietFrom"
          type="time"
          optional
          value={quiet.from}
          onChange={(e) => setQuiet((q) => ({ ...q, from: e.target.value }))}
        />
        <TextField
          label={t('outreach.prefs.quietTo')}
          name="quietTo"
          type="time"
          optional
          value={quiet.to}
          onChange={(e) => setQuiet((q) => ({ ...q, to: e.target.value }))}
        />
        {prefs.some((p) => p.kind === 'crisis' && p.email) && (
          <label className="outreach-checkbox">
            <input
              type="checkbox"
              name="crisisAlways"
              checked={quiet.crisisAlways}
              onChange={(e) => setQuiet((q) => ({ ...q, crisisAlways: e.target.checked }))}
            />{' '}
            {t('outreach.prefs.crisisAlways')}
          </label>
        )}
      </fieldset>
      {settings.consentedAt && (
        <p className="muted" data-testid="consented-at">
          {t('outreach.prefs.consentedAt', { date: new Date(settings.consentedAt).toLocaleString() })}
        </p>
      )}
      <div className="form__actions">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('outreach.saving') : t('outreach.prefs.submit')}
        </Button>
      </div>
    </form>
  );
}
