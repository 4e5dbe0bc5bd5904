import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page';
import { OnboardingGuide } from '../../features/onboarding/components/onboarding-guide';
import { roomQueryOptions } from '../../features/rooms/api/get-room';
import { useRooms } from '../../features/rooms/api/get-rooms';
import { roomPath } from '../paths';

/** The first-visit guide, with the agreements of the person's first group (if they are in one). */
export default function WelkomRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rooms = useRooms();
  const group = rooms.data?.find((r) => r.kind === 'group') ?? null;
  const room = useQuery({ ...roomQueryOptions(group?.id ?? ''), enabled: group !== null });
  const loading = rooms.isPending || (group !== null && room.isPending);
  return (
    <Page
      title={t('onboarding.title')}
      heading={t('onboarding.heading')}
      intro={<p className="lead">{t('onboarding.intro')}</p>}
    >
      {loading ? (
        <Loading label={t('onboarding.loading')} />
      ) : (
        <OnboardingGuide
          room={
            group && room.data ? { id: group.id, name: group.name, agreements: room.data.agreements } : null
          }
          onDone={() => void navigate(group ? roomPath(group.id) : '/')}
        />
      )}
    </Page>
  );
}
