import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { CodingWorkbench } from '../../features/research/components/coding-workbench';
import '../../features/research/research.css';

/** The coding workbench: a coder's contributions to code blind, one at a time. */
export default function CoderenRoute() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('coding.page.title')}
      heading={t('coding.page.heading')}
      intro={<p className="lead">{t('coding.page.intro')}</p>}
    >
      <CodingWorkbench />
    </Page>
  );
}
