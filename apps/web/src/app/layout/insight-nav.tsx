import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Role } from '../../types/api';
import { myPathPath, reportPath } from '../insight-paths';

/** "Mijn pad" for everyone; "Rapport" for facilitators and admins. */
export function InsightNavLinks({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <>
      <li>
        <NavLink to={myPathPath}>{t('insightNav.myPath')}</NavLink>
      </li>
      {role !== 'participant' && (
        <li>
          <NavLink to={reportPath}>{t('insightNav.report')}</NavLink>
        </li>
      )}
    </>
  );
}
