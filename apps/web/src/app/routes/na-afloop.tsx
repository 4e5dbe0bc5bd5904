import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '../../components/ui/page';
import { useMe } from '../../features/auth/api/get-session';
import { useMentorOverview } from '../../features/mentors/api/get-mentor-overview';
import { NazorgOverview } from '../../features/nazorg/components/nazorg-overview';
import { useTrajecten } from '../../features/trajecten/api/get-trajecten';
import '../../styles/trajecten.css';
import { roomPath } from '../paths';

export default function NaAfloopRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const trajecten = useTrajecten();
  const mentors = useMentorOverview();
  if (!me) return null;
  const mentorOptions = mentors.data?.mentors
    // Only mentors with a place left: a suggestion that ends in "vol" would disappoint.
    .filter((m) => m.status === 'active' && m.active + m.requested < m.maxMentees)
    .map((m) => ({
      membershipId: m.mentor.membershipId,
      displayName: m.mentor.displayName,
      used: m.active + m.requested,
      max: m.maxMentees,
    }));
  return (
    <Page
      title={t('nazorg.title')}
      heading={t('nazorg.heading')}
      width="wide"
      intro={<p>{t('nazorg.intro')}</p>}
    >
      <NazorgOverview
        trajecten={(trajecten.data ?? []).filter((tr) => tr.status === 'afgerond')}
        mentors={mentors.isError ? [] : mentorOptions}
        canRun={me.role === 'admin'}
        onOpenConversation={(roomId) => void navigate(roomPath(roomId))}
      />
    </Page>
  );
}
