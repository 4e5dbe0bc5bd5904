import type { AccessLogSearch as Filters, MemberView } from '@spiegel/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { Loading } from '../../../components/ui/loading';
import { TableWrap } from '../../../components/ui/table-wrap';
import { formatDate } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { accessLogCsvHref, useAccessLogSearch } from '../api/access-log';
import { useDescribeEntry } from './describe-entry';

/** Admins: the organisation's access log by person, staff member and period, paged, with a CSV download. */
export function AccessLogSearch({ members }: { members: readonly MemberView[] }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState<Filters>({});
  const [filters, setFilters] = useState<Filters>({});
  const log = useAccessLogSearch(filters);
  const describe = useDescribeEntry();
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];
  const people = [...members].sort((a, b) => a.displayName.localeCompare(b.displayName));
  const anyone = { value: '', label: t('accessLog.admin.anyone') };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilters(Object.fromEntries(Object.entries(draft).filter(([, v]) => v)) as Filters);
  };
  const set = (key: keyof Filters) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));

  return (
    <>
      <section className="card" aria-labelledby="access-log-filters">
        <h2 id="access-log-filters">{t('accessLog.admin.filters')}</h2>
        <form className="access-log-filters" onSubmit={submit}>
          <SelectField
            label={t('accessLog.admin.person')}
            value={draft.person ?? ''}
            onChange={set('person')}
            options={[anyone, ...people.map((m) => ({ value: m.membershipId, label: m.displayName }))]}
          />
          <SelectField
            label={t('accessLog.admin.actor')}
            value={draft.actor ?? ''}
            onChange={set('actor')}
            options={[
              anyone,
              ...people
                .filter((m) => m.role !== 'participant')
                .map((m) => ({
                  value: m.membershipId,
                  label: `${m.displayName} (${t(`admin.roles.${m.role}`).toLocaleLowerCase()})`,
                })),
            ]}
          />
          <TextField
            type="date"
            label={t('accessLog.admin.from')}
            value={draft.from ?? ''}
            onChange={set('from')}
          />
          <TextField
            type="date"
            label={t('accessLog.admin.to')}
            value={draft.to ?? ''}
            onChange={set('to')}
          />
          <div className="access-log-filters__actions">
            <Button type="submit">{t('accessLog.admin.search')}</Button>
            <a className="button button--secondary" href={accessLogCsvHref(filters)} download>
              {t('accessLog.admin.download')}
            </a>
          </div>
        </form>
      </section>
      <section className="card" aria-labelledby="access-log-results" aria-busy={log.isFetching}>
        <h2 id="access-log-results" className="visually-hidden">
          {t('accessLog.admin.results')}
        </h2>
        {log.isPending && <Loading />}
        {log.error && <p role="alert">{errorMessage(log.error)}</p>}
        {log.data && entries.length === 0 && <p>{t('accessLog.admin.empty')}</p>}
        {entries.length > 0 && (
          <TableWrap label={t('accessLog.admin.tableLabel')}>
            <table className="table access-log-table">
              <caption className="visually-hidden">{t('accessLog.admin.tableLabel')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('accessLog.admin.when')}</th>
                  <th scope="col">{t('accessLog.admin.who')}</th>
                  <th scope="col">{t('accessLog.admin.what')}</th>
                  <th scope="col">{t('accessLog.admin.whose')}</th>
                  <th scope="col">{t('accessLog.admin.address')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.id}>
                    <td>
                      <time dateTime={e.at}>{formatDate(e.at, true)}</time>
                    </td>
                    <td>{describe.who(e)}</td>
                    <td>{describe.what(e)}</td>
                    <td>
                      {e.subject
                        ? [
                            e.subject,
                            e.othersShown > 0 ? t('accessLog.othersShown', { count: e.othersShown }) : '',
                          ]
                            .join(' ')
                            .trim()
                        : e.othersShown > 0
                          ? t('accessLog.peopleShown', { count: e.othersShown })
                          : '–'}
                    </td>
                    <td className="access-log-table__ip">{e.ip ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
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
    </>
  );
}
