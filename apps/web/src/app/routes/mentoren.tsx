import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { MentorOverview } from '../../features/mentors/components/mentor-overview';
import { useAlumni } from '../../features/trajecten/api/get-alumni';
import '../../styles/trajecten.css';

export default function MentorenRoute() {
  const { t } = useTranslation();
  const alumni = useAlumni();
  return (
    <Page
      title={t('mentoren.title')}
      heading={t('mentoren.heading')}
      width="wide"
      intro={<p>{t('mentoren.intro')}</p>}
    >
      <MentorOverview alumni={alumni.isError ? [] : alumni.data} />
    </Page>
  );
}
