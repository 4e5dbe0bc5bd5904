import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';

/** The ten recovery codes, shown once: print, copy, and say they were kept before going on. */
export function RecoveryCodes({
  codes,
  onDone,
  headingLevel = 2,
}: {
  codes: string[];
  onDone: () => void;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listId = useId();
  const savedId = useId();
  const [saved, setSaved] = useState(false);
  const [savedError, setSavedError] = useState(false);
  const [copyStatus, setCopyStatus] = useState('');
  const H = `h${headingLevel}` as 'h2' | 'h3';
  useEffect(() => headingRef.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopyStatus(t('twoFactor.enrol.copied'));
    } catch {
      setCopyStatus(t('twoFactor.enrol.copyFailed'));
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!saved) return setSavedError(true);
    onDone();
  }

  return (
    <section className="panel panel--highlight recovery-codes" aria-labelledby={`${listId}-heading`}>
      <H id={`${listId}-heading`} ref={headingRef} tabIndex={-1}>
        {t('twoFactor.enrol.codesHeading')}
      </H>
      <p>{t('twoFactor.enrol.codesIntro')}</p>
      <ol className="recovery-codes__list" aria-label={t('twoFactor.enrol.codesLabel')}>
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <div className="button-row recovery-codes__tools">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('twoFactor.enrol.print')}
        </Button>
        <Button variant="secondary" onClick={() => void copy()}>
          {t('twoFactor.enrol.copy')}
        </Button>
        <span role="status" className="muted">
          {copyStatus}
        </span>
      </div>
      <form className="form" noValidate onSubmit={submit}>
        <div className={savedError && !saved ? 'field field--invalid' : 'field'}>
          {savedError && !saved && (
            <p id={`${savedId}-error`} className="field__error">
              {t('twoFactor.enrol.savedRequired')}
            </p>
          )}
          <label htmlFor={savedId} className="choice">
            <input
              id={savedId}
              type="checkbox"
              checked={saved}
              aria-invalid={savedError && !saved ? true : undefined}
              aria-describedby={savedError && !saved ? `${savedId}-error` : undefined}
              onChange={(e) => setSaved(e.target.checked)}
            />{' '}
            {t('twoFactor.enrol.saved')}
          </label>
        </div>
        <div className="form__actions">
          <Button type="submit">{t('twoFactor.enrol.done')}</Button>
        </div>
      </form>
    </section>
  );
}
