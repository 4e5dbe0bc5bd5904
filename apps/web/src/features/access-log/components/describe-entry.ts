import type { AccessLogEntry } from '@spiegel/domain';
import { useTranslation } from 'react-i18next';
import { accessLogNl } from '../../../i18n/access-log.nl';

type ActionKey = keyof typeof accessLogNl.accessLog.actions;
const isActionKey = (key: string): key is ActionKey =>
  key !== 'other' && key in accessLogNl.accessLog.actions;

/** Plain words for an entry: who did it (and in which role) and what. */
export function useDescribeEntry() {
  const { t } = useTranslation();
  return {
    what(entry: AccessLogEntry): string {
      const key = entry.action.replace(/\./g, '_');
      return isActionKey(key)
        ? t(`accessLog.actions.${key}`)
        : t('accessLog.actions.other', { action: entry.action });
    },
    who(entry: AccessLogEntry): string {
      if (!entry.actor)
        return entry.action === 'auth.login_failed' ? t('accessLog.unknownPerson') : t('accessLog.system');
      const role =
        entry.actorRole === 'admin' || entry.actorRole === 'facilitator' || entry.actorRole === 'participant'
          ? t(`admin.roles.${entry.actorRole}`).toLocaleLowerCase()
          : null;
      return role ? `${entry.actor} (${role})` : entry.actor;
    },
  };
}
