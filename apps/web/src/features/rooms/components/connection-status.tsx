import { useTranslation } from 'react-i18next';
import type { ConnectionStatus as Status } from '../../../lib/use-connection-status';

/** Calm words for the state of the connection; announced politely when it changes. */
export function ConnectionStatus({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <p className={`connection connection--${status}`} role="status">
      <span className="connection__dot" aria-hidden="true" />
      {t(`rooms.connection.${status}`)}
    </p>
  );
}
