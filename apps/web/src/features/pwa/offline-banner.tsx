import { useTranslation } from 'react-i18next';
import { useOnline } from './use-online';

/**
 * A calm line under the header while the device has no network: the app shell still opens (the
 * service worker keeps it), and what someone writes waits in the outbox until the connection is back.
 */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <div role="status" className="offline-banner" hidden={online} data-testid="offline-banner">
      {online ? null : t('pwa.offline')}
    </div>
  );
}
