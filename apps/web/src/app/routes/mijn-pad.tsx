import { MyPath } from '../../features/insight/components/my-path';
import { MyQuestionnaires } from '../../features/research/components/my-questionnaires';

/** "Mijn pad": for everyone, about themselves only (with the questionnaire moments and own scores). */
export default function MijnPadRoute() {
  return <MyPath extra={<MyQuestionnaires />} />;
}
