import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useAnswerDirect } from '../api/answer-direct';
import { useDirectRequests } from '../api/get-direct-requests';

/** People who asked for a 1:1 conversation; nothing opens without a yes. */
export function DirectRequests({ onAccepted }: { onAccepted: (roomId: string) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const query = useDirectRequests();
  const answer = useAnswerDirect();
  if (!query.data || query.data.length === 0) return null;
  return (
    <section className="card card--highlight" id="verzoeken" aria-labelledby="requests-heading">
      <h2 id="requests-heading">{t('rooms.requests.heading')}</h2>
      <ul className="request-list">
        {query.data.map((r) => (
          <li key={r.roomId} className="request">
            <p className="request__text">
              <Avatar color={r.from.avatarColor} name={r.from.displayName} size="large" />
              <span>{t('rooms.requests.text', { name: r.from.displayName })}</span>
            </p>
            <div className="button-row">
              <Button
                className="button--small"
                disabled={answer.isPending}
                aria-label={t('rooms.requests.acceptLabel', { name: r.from.displayName })}
                onClick={() =>
                  answer.mutate({ roomId: r.roomId, accept: true }, { onSuccess: () => onAccepted(r.roomId) })
                }
              >
                {t('rooms.requests.accept')}
              </Button>
              <Button
                variant="quiet"
                className="button--small"
                disabled={answer.isPending}
                aria-label={t('rooms.requests.declineLabel', { name: r.from.displayName })}
                onClick={() => answer.mutate({ roomId: r.roomId, accept: false })}
              >
                {t('rooms.requests.decline')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {answer.isError && <ErrorAlert>{errorMessage(answer.error)}</ErrorAlert>}
      <p className="muted">{t('rooms.requests.note')}</p>
    </section>
  );
}
