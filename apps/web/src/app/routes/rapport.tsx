import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../features/auth/api/get-session';
import { Report } from '../../features/insight/components/report';
import { HerstelGemeten } from '../../features/research/components/herstel-gemeten';

/** The evaluation report; `?traject=<id>` chooses a traject (shareable), without it the organisation. */
export default function RapportRoute() {
  const me = useMe();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const trajectId = params.get('traject');
  const select = useCallback(
    (id: string | null) => setParams(id ? { traject: id } : {}, { replace: true }),
    [setParams],
  );
  const isAdmin = me?.role === 'admin';
  return (
    <Report
      isAdmin={isAdmin}
      trajectId={trajectId}
      onSelect={select}
      extra={
        // The coding rounds' link in every view: facilitators are taken to their newest traject's report
        // at once, and an organisation-only link vanished under them (the click was undone by that step).
        // The static card before "Herstel gemeten", which loads on its own: what arrives later grows at the end.
        <>
          <section className="card" aria-labelledby="coding-link-heading">
            <h2 id="coding-link-heading">{t('coding.reportLink.heading')}</h2>
            <p>{t('coding.reportLink.text')}</p>
            <p>
              <Link to="/fasecodering">{t('coding.reportLink.link')}</Link>
            </p>
          </section>
          {isAdmin && !trajectId && <HerstelGemeten />}
        </>
      }
    />
  );
}
