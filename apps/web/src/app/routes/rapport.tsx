import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useMe } from '../../features/auth/api/get-session';
import { Report } from '../../features/insight/components/report';

/** The evaluation report; `?traject=<id>` chooses a traject (shareable), without it the organisation. */
export default function RapportRoute() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const trajectId = params.get('traject');
  const select = useCallback(
    (id: string | null) => setParams(id ? { traject: id } : {}, { replace: true }),
    [setParams],
  );
  return <Report isAdmin={me?.role === 'admin'} trajectId={trajectId} onSelect={select} />;
}
