import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { formatDate } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useMyAccessLog } from '../api/access-log';
import { useDescribeEntry } from './describe-entry';

/** Under Mijn account: every view of or change to your data by someone else, newest first. */
export function WhoViewedMyData() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const log = useMyAccessLog();
  const describe = useDescribeEntry();
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];
  return (
    <section className="card" aria-labelledby="who-viewed-heading">
      <h2 id="who-viewed-heading">{t('accessLog.mine.heading')}</h2>
      <p className="muted">{t('accessLog.mine.intro')}</p>
      {log.isPending && <Loading />}
      {log.error && <p role="alert">{errorMessage(log.error)}</p>}
      {log.data && entries.length === 0 && <p>{t('accessLog.mine.empty')}</p>}
      {entries.length > 0 && (
        <ol className="access-log-list" aria-label={t('accessLog.mine.listLabel')}>
          {entries.map((e) => (
            <li key={e.id} className="access-log-list__item">
              <time dateTime={e.at} className="access-log-list__when">
                {formatDate(e.at, true)}
              </time>
              <span className="access-log-list__who">{describe.who(e)}</span>
              <span className="access-log-list__what">{describe.what(e)}</span>
            </li>
          ))}
        </ol>
      )}
      {log.hasNextPage && (
        <Button
          variant="secondary"
          onClick={() => void log.fetchNextPage()}
          disabled={log.isFetchingNextPage}
        >
          {log.isFetchingNextPage ? t('accessLog.loadingMore') : t('accessLog.more')}
        </Button>
      )}
    </section>
  );
}
