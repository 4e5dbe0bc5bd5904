import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMyEnrolments } from '../../features/trajecten/api/get-my-enrolments';
import { useFirstContentDrawn } from '../../lib/first-content';
import type { MembershipRole } from '@spiegel/domain';
import { findMentorPath, mentorenPath, mentorPath, nazorgPath, trajectenPath } from '../traject-paths';

/**
 * Menu entries of the trajecten pages, by role: participants see their trajecten and "Mentor vinden"
 * (alumni also "Mentor worden"); facilitators and admins see Trajecten, Na afloop and Mentoren.
 */
export function TrajectNavLinks({ role }: { role: MembershipRole }) {
  const { t } = useTranslation();
  const participant = role === 'participant';
  // Only for "Mentor worden" (alumni): asked once the page's first content is drawn.
  const contentDrawn = useFirstContentDrawn();
  const mine = useMyEnrolments(participant && contentDrawn);
  const alumnus = participant && (mine.data ?? []).some((e) => e.status === 'completed');
  if (!participant)
    return (
      <>
        <li>
          <NavLink to={trajectenPath}>{t('trajectNav.trajecten')}</NavLink>
        </li>
        <li>
          <NavLink to={nazorgPath}>{t('trajectNav.nazorg')}</NavLink>
        </li>
        <li>
          <NavLink to={mentorenPath}>{t('trajectNav.mentoren')}</NavLink>
        </li>
      </>
    );
  return (
    <>
      <li>
        <NavLink to={trajectenPath}>{t('trajectNav.mine')}</NavLink>
      </li>
      <li>
        <NavLink to={findMentorPath}>{t('trajectNav.findMentor')}</NavLink>
      </li>
      {alumnus && (
        <li>
          <NavLink to={mentorPath}>{t('trajectNav.becomeMentor')}</NavLink>
        </li>
      )}
    </>
  );
}
