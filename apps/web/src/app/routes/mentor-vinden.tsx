import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/ui/alert';
import { Page } from '../../components/ui/page';
import { MenteeMentorships } from '../../features/mentors/components/mentee-mentorships';
import { MentorFinder } from '../../features/mentors/components/mentor-finder';
import '../../styles/trajecten.css';
import { roomPath } from '../paths';

export default function MentorVindenRoute() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Page
      title={t('findMentor.title')}
      heading={t('findMentor.heading')}
      width="wide"
      intro={<p>{t('findMentor.intro')}</p>}
    >
      {notice && <Notice>{notice}</Notice>}
      <MenteeMentorships roomHref={roomPath} onNotice={setNotice} />
      <MentorFinder onNotice={setNotice} />
    </Page>
  );
}
