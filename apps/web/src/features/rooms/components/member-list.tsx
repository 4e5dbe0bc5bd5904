import type { RoomMemberView } from '@spiegel/domain';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../../components/ui/avatar';

/** The people in a room, all shown the same way; who is online right now, if known. */
export function RoomMemberList({
  members,
  online,
  myMembershipId,
}: {
  members: RoomMemberView[];
  online: ReadonlySet<string> | null;
  myMembershipId: string;
}) {
  const { t } = useTranslation();
  return (
    <ul className="member-list">
      {members.map((m) => {
        const isOnline = online?.has(m.membershipId) ?? false;
        return (
          <li key={m.membershipId} className="member-list__item">
            <Avatar color={m.avatarColor} name={m.displayName} size="large" />
            <span>
              {m.displayName}
              {m.membershipId === myMembershipId && <span className="muted"> {t('rooms.members.you')}</span>}
            </span>
            {isOnline && (
              <span className="online-dot">
                <span className="visually-hidden">{t('rooms.members.online')}</span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
