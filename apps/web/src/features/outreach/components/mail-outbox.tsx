import { useTranslation } from 'react-i18next';
import { API_BASE } from '../../../config/constants';
import { ErrorAlert } from '../../../components/ui/alert';
import { Loading } from '../../../components/ui/loading';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useCaughtMails, useDeliveries } from '../api/outreach';

/** Admins: what waits or failed (no contents), and — in the demo — the mails the local catcher received. */
export function MailOutbox() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const deliveries = useDeliveries();
  const mails = useCaughtMails();

  return (
    <div className="outreach-stack">
      {deliveries.isPending && <Loading label={t('outreach.admin.loading')} />}
      {deliveries.error && <ErrorAlert>{errorMessage(deliveries.error)}</ErrorAlert>}
      {deliveries.data && (
        <>
          <p data-testid="mail-backlog">
            {t('outreach.admin.summary', {
              backlog: deliveries.data.backlog,
              failed: deliveries.data.failed,
            })}
          </p>
          {deliveries.data.deliveries.some((d) => d.status !== 'sent') && (
            <ul className="outreach-list">
              {deliveries.data.deliveries
                .filter((d) => d.status !== 'sent')
                .map((d) => (
                  <li key={d.id}>
                    {t('outreach.admin.delivery', {
                      name: d.recipient.displayName,
                      status: t(`outreach.statuses.${d.status}`),
                      attempts: d.attempts,
                    })}
                    {d.lastError && <span className="muted"> ({d.lastError})</span>}
                  </li>
                ))}
            </ul>
          )}
        </>
      )}
      <h3>{t('outreach.admin.caughtHeading')}</h3>
      <p className="muted">{t('outreach.admin.caughtIntro')}</p>
      {mails.data && mails.data.length === 0 && <p className="muted">{t('outreach.admin.noMails')}</p>}
      {mails.data?.map((m) => (
        <details key={m.id} className="caught-mail">
          <summary>
            <strong>{m.subject}</strong> — {m.to}{' '}
            <span className="muted">{new Date(m.receivedAt).toLocaleString()}</span>
          </summary>
          {/* An empty sandbox, and the API serves the HTML with a policy of its own: no scripts, no reach into this page. */}
          <iframe
            title={t('outreach.admin.mailFrame', { subject: m.subject })}
            sandbox=""
            src={`${API_BASE}/outreach/caught-mails/${encodeURIComponent(m.id)}/html`}
            loading="lazy"
            className="caught-mail__frame"
          />
          <details>
            <summary>{t('outreach.admin.plainText')}</summary>
            <pre className="caught-mail__text">{m.text}</pre>
          </details>
        </details>
      ))}
    </div>
  );
}
