import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/ui/page';
import { useMe } from '../../features/auth/api/get-session';
import { CodingStudies } from '../../features/research/components/coding-studies';
import '../../features/research/research.css';

/** Staff: the coding rounds, their figures, disagreements and (admins) the export of codes. */
export default function FasecoderingRoute() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Page
      title={t('coding.studiesPage.title')}
      heading={t('coding.studiesPage.heading')}
      width="wide"
      intro={
        <>
          <p className="lead">{t('coding.studiesPage.intro')}</p>
          <p>
            <Link to="/coderen">{t('coding.studiesPage.toWorkbench')}</Link>
          </p>
        </>
      }
    >
      {me && <CodingStudies role={me.role} />}
    </Page>
  );
}
