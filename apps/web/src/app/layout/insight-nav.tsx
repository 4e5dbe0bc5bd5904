import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { MembershipRole } from '@spiegel/domain';
import { myPathPath, reportPath } from '../insight-paths';
import { casesPath } from '../paths';

/** "Mijn pad" for everyone; "Rapport" and "Crisismeldingen" for facilitators and admins. */
export function InsightNavLinks({ role }: { role: MembershipRole }) {
  const { t } = useTranslation();
  return (
    <>
      <li>
        <NavLink to={myPathPath}>{t('insightNav.myPath')}</NavLink>
      </li>
      {role !== 'participant' && (
        <>
          <li>
            <NavLink to={reportPath}>{t('insightNav.report')}</NavLink>
          </li>
          <li>
            <NavLink to={casesPath}>{t('safetyNav.cases')}</NavLink>
          </li>
        </>
      )}
    </>
  );
}
