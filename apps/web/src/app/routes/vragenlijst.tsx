import { STUDY_MOMENTS, type StudyMoment } from '@spiegel/domain';
import { useParams } from 'react-router';
import { QuestionnaireForm } from '../../features/research/components/questionnaire-form';
import NotFoundRoute from './not-found';

/** One questionnaire moment, opened from Mijn pad or a reminder. */
export default function VragenlijstRoute() {
  const { enrolmentId = '', moment = '' } = useParams();
  if (!(STUDY_MOMENTS as readonly string[]).includes(moment)) return <NotFoundRoute />;
  return <QuestionnaireForm enrolmentId={enrolmentId} moment={moment as StudyMoment} />;
}
