import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { MentorOverview } from '../../features/mentors/components/mentor-overview';
import '../../styles/trajecten.css';

export default function MentorenRoute() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('mentoren.title')}
      heading={t('mentoren.heading')}
      width="wide"
      intro={<p>{t('mentoren.intro')}</p>}
    >
      <MentorOverview />
    </Page>
  );
}
