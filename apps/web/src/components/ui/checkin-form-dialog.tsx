import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECKIN_MAX_LENGTH } from '@spiegel/domain';
import { useErrorMessage } from '../../i18n/use-error-message';
import { Button } from './button';
import { TextAreaField } from './field';
import { FormDialog } from './form-dialog';
import { Loading } from './loading';

interface QueryState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

interface CheckinFormDialogProps {
  name: string;
  intro: ReactNode;
  /** The hint above the suggestions (who wrote them, for whom). */
  suggestionsHint: string;
  draft: QueryState & { data?: { suggestions: readonly string[] } };
  send: Omit<QueryState, 'isPending'> & { isPending: boolean };
  /** Sends the checked text with this dialog's idempotency key; calls `done` after the server took it. */
  onSend: (body: string, clientId: string, done: () => void) => void;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * A check-in on someone who finished a traject (a facilitator's zwart-gat check-in or a mentor's):
 * suggestions to start from, the writer's own words, one idempotency key per dialog.
 */
export function CheckinFormDialog({
  name,
  intro,
  suggestionsHint,
  draft,
  send,
  onSend,
  onDone,
  onCancel,
}: CheckinFormDialogProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [body, setBody] = useState('');
  const [clientId] = useState(() => crypto.randomUUID());
  const [invalid, setInvalid] = useState(false);

  return (
    <FormDialog
      title={t('checkin.title', { name })}
      intro={intro}
      submitLabel={t('checkin.submit')}
      busy={send.isPending}
      error={send.isError ? errorMessage(send.error) : undefined}
      onCancel={onCancel}
      onSubmit={() => {
        const text = body.trim();
        if (!text || text.length > CHECKIN_MAX_LENGTH) {
          setInvalid(true);
          return;
        }
        setInvalid(false);
        onSend(text, clientId, () => onDone(t('checkin.sent', { name })));
      }}
    >
      <TextAreaField
        label={t('checkin.bodyLabel')}
        rows={5}
        value={body}
        error={invalid ? t('checkin.bodyInvalid') : undefined}
        onChange={(e) => setBody(e.target.value)}
      />
      {draft.isPending && <Loading label={t('checkin.loading')} />}
      {draft.isError && <p role="alert">{errorMessage(draft.error)}</p>}
      {draft.data && (
        <fieldset className="checkin-suggestions">
          <legend>{t('checkin.suggestionsLabel')}</legend>
          <p className="field__hint">{suggestionsHint}</p>
          <ul className="checkin-suggestions__list">
            {draft.data.suggestions.map((s, i) => (
              <li key={i} className="checkin-suggestions__item">
                <p>{s}</p>
                <Button variant="secondary" type="button" onClick={() => setBody(s)}>
                  {t('checkin.use')}
                  <span className="visually-hidden">: {s.slice(0, 40)}…</span>
                </Button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </FormDialog>
  );
}
