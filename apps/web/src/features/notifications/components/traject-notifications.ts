import type { NotificationView } from '@spiegel/domain';
import { useTranslation } from 'react-i18next';

/** Where the notifications of trajecten, Na afloop and peer mentors lead. */
export interface TrajectNotificationLinks {
  trajectHref: (trajectId: string) => string;
  roomHref: (roomId: string) => string;
  nazorgHref: string;
  mentorHref: string;
  findMentorHref: string;
}

type Described = { text: string; href: string | null; linkText: string };

const text = (n: NotificationView, key: string) => (typeof n.data[key] === 'string' ? n.data[key] : '');

/**
 * The words and link for the trajecten kinds (null for any other kind). Only who and which traject:
 * never message content, never a risk score.
 */
export function useDescribeTrajectNotification(links: TrajectNotificationLinks) {
  const { t } = useTranslation();
  return (n: NotificationView, name: string): Described | null => {
    const traject = text(n, 'trajectName');
    const trajectId = text(n, 'trajectId');
    const toRoom = n.roomId ? links.roomHref(n.roomId) : null;
    switch (n.kind) {
      case 'enrolment_invite':
        return {
          text: t('trajecten.notifications.enrolment_invite', { name, traject }),
          href: trajectId ? links.trajectHref(trajectId) : null,
          linkText: t('trajecten.notifications.enrolment_inviteLink'),
        };
      case 'traject_completed':
        return {
          text: t('trajecten.notifications.traject_completed', { traject }),
          href: toRoom,
          linkText: t('trajecten.notifications.traject_completedLink'),
        };
      case 'zwart_gat_high':
        return {
          text: t('trajecten.notifications.zwart_gat_high', { name, traject }),
          href: links.nazorgHref,
          linkText: t('trajecten.notifications.zwart_gat_highLink'),
        };
      case 'followup_message':
        return {
          text: t('trajecten.notifications.followup_message', { name }),
          href: toRoom,
          linkText: t('trajecten.notifications.followup_messageLink'),
        };
      case 'mentor_suggested':
        return {
          text: t('trajecten.notifications.mentor_suggested', { name }),
          href: links.findMentorHref,
          linkText: t('trajecten.notifications.mentor_suggestedLink'),
        };
      case 'mentor_invite':
        return {
          text: t('trajecten.notifications.mentor_invite', { name }),
          href: links.mentorHref,
          linkText: t('trajecten.notifications.mentor_inviteLink'),
        };
      case 'mentor_request':
        return {
          text: t('trajecten.notifications.mentor_request', { name }),
          href: links.mentorHref,
          linkText: t('trajecten.notifications.mentor_requestLink'),
        };
      case 'mentor_accepted':
        return {
          text: t('trajecten.notifications.mentor_accepted', { name }),
          href: toRoom,
          linkText: t('trajecten.notifications.mentor_acceptedLink'),
        };
      case 'mentor_declined':
        return {
          text: t('trajecten.notifications.mentor_declined', { name }),
          href: links.findMentorHref,
          linkText: t('trajecten.notifications.mentor_declinedLink'),
        };
      case 'questionnaire_due':
        return {
          text: t('trajecten.notifications.questionnaire_due', { traject }),
          href: '/mijn-pad',
          linkText: t('trajecten.notifications.questionnaire_dueLink'),
        };
      case 'mentorship_ended':
        return { text: t('trajecten.notifications.mentorship_ended', { name }), href: null, linkText: '' };
      default:
        return null;
    }
  };
}
