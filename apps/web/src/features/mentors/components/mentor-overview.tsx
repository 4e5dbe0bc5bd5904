import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Loading } from '../../../components/ui/loading';
import { PersonName } from '../../../components/ui/person-name';
import { useErrorMessage } from '../../../i18n/use-error-message';
import type { MentorLoad, MentorOverview as Overview, MentorOverviewAlumnus } from '@spiegel/domain';
import { useConfirmGetuigenis } from '../api/confirm-getuigenis';
import { useMentorOverview } from '../api/get-mentor-overview';
import { useInviteMentor } from '../api/invite-mentor';
import { TableWrap } from '../../../components/ui/table-wrap';

function LoadCell({ mentor }: { mentor: MentorLoad }) {
  const { t } = useTranslation();
  const used = mentor.active + mentor.requested;
  return (
    <span className="load">
      <meter
        className="load__meter"
        min={0}
        max={mentor.maxMentees}
        value={Math.min(used, mentor.maxMentees)}
        aria-hidden="true"
      />
      <span>
        {t('mentoren.loadValue', { used, max: mentor.maxMentees })}
        {used >= mentor.maxMentees && <strong className="load__full"> ({t('mentoren.full')})</strong>}
      </span>
    </span>
  );
}

function LoadTable({ mentors }: { mentors: MentorLoad[] }) {
  const { t } = useTranslation();
  if (mentors.length === 0) return <p className="muted">{t('mentoren.empty')}</p>;
  return (
    <TableWrap label={t('mentoren.caption')}>
      <table className="table table--people">
        <caption className="visually-hidden">{t('mentoren.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mentoren.colName')}</th>
            <th scope="col">{t('mentoren.colStatus')}</th>
            <th scope="col">{t('mentoren.colLoad')}</th>
            <th scope="col">{t('mentoren.colRequested')}</th>
            <th scope="col">{t('mentoren.colEnded')}</th>
          </tr>
        </thead>
        <tbody>
          {mentors.map((m) => (
            <tr key={m.mentor.membershipId}>
              <th scope="row">
                <PersonName color={m.mentor.avatarColor} name={m.mentor.displayName} />
              </th>
              <td>{t(`mentor.statuses.${m.status}`)}</td>
              <td>
                <LoadCell mentor={m} />
              </td>
              <td>{m.requested}</td>
              <td>{m.ended}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function stateOf(id: string, overview: Overview): 'mentor' | 'eligible' | 'open' {
  if (overview.mentors.some((m) => m.mentor.membershipId === id)) return 'mentor';
  if (overview.eligibleNotOptedIn.some((m) => m.membershipId === id)) return 'eligible';
  return 'open';
}

/**
 * Facilitators: how full each mentor is (counts only, never 1:1 content), who could be invited, and
 * getuigenis confirmation for alumni.
 */
export function MentorOverview() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const overview = useMentorOverview();
  const invite = useInviteMentor();
  const confirm = useConfirmGetuigenis();
  const [notice, setNotice] = useState<string | null>(null);
  const [invited, setInvited] = useState<string[]>([]);
  // Not confirming can take someone out of the mentor list: asked first.
  const [unconfirming, setUnconfirming] = useState<MentorOverviewAlumnus['member'] | null>(null);

  if (overview.isPending) return <Loading label={t('mentoren.loading')} />;
  if (overview.isError)
    return (
      <>
        <ErrorAlert>{errorMessage(overview.error)}</ErrorAlert>
        <Button variant="secondary" onClick={() => void overview.refetch()}>
          {t('app.retry')}
        </Button>
      </>
    );
  const data = overview.data;
  const alumni = data.alumni;
  const failed = invite.isError ? invite.error : confirm.isError ? confirm.error : null;

  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      {failed && <ErrorAlert>{errorMessage(failed)}</ErrorAlert>}
      <section className="card" aria-labelledby="mentoren-load-heading">
        <h2 id="mentoren-load-heading">{t('mentoren.loadHeading')}</h2>
        <LoadTable mentors={data.mentors} />
      </section>

      <section className="card" aria-labelledby="mentoren-eligible-heading">
        <h2 id="mentoren-eligible-heading">{t('mentoren.eligibleHeading')}</h2>
        <p className="muted">{t('mentoren.eligibleIntro')}</p>
        {data.eligibleNotOptedIn.length === 0 ? (
          <p className="muted">{t('mentoren.eligibleEmpty')}</p>
        ) : (
          <ul className="plain-list">
            {data.eligibleNotOptedIn.map((m) => (
              <li key={m.membershipId} className="mentorship mentorship--row">
                <PersonName color={m.avatarColor} name={m.displayName} />
                {invited.includes(m.membershipId) ? (
                  <span className="muted">{t('mentoren.invitedShort')}</span>
                ) : (
                  <Button
                    variant="secondary"
                    className="button--small"
                    disabled={invite.isPending}
                    onClick={() =>
                      invite.mutate(m.membershipId, {
                        onSuccess: () => {
                          setInvited((ids) => [...ids, m.membershipId]);
                          setNotice(t('mentoren.invited', { name: m.displayName }));
                        },
                      })
                    }
                  >
                    {t('mentoren.invite')}
                    <span className="visually-hidden"> ({m.displayName})</span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="mentoren-getuigenis-heading">
        <h2 id="mentoren-getuigenis-heading">{t('mentoren.getuigenisHeading')}</h2>
        <p className="muted">{t('mentoren.getuigenisIntro')}</p>
        {alumni.length === 0 ? (
          <p className="muted">{t('mentoren.getuigenisEmpty')}</p>
        ) : (
          <TableWrap label={t('mentoren.getuigenisCaption')}>
            <table className="table table--people">
              <caption className="visually-hidden">{t('mentoren.getuigenisCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('mentoren.colName')}</th>
                  <th scope="col">{t('mentoren.colTraject')}</th>
                  <th scope="col">{t('mentoren.colState')}</th>
                  <th scope="col">{t('mentoren.colActions')}</th>
                </tr>
              </thead>
              <tbody>
                {alumni.map((a) => {
                  const name = a.member.displayName;
                  const confirmIt = () =>
                    confirm.mutate(
                      { membershipId: a.member.membershipId, confirmed: true },
                      { onSuccess: () => setNotice(t('mentoren.confirmed', { name })) },
                    );
                  return (
                    <tr key={a.member.membershipId}>
                      <th scope="row">
                        <PersonName color={a.member.avatarColor} name={name} />
                      </th>
                      <td>{a.trajectName}</td>
                      <td>
                        {t(`mentoren.states.${stateOf(a.member.membershipId, data)}`)}
                        {a.getuigenisConfirmed !== null && (
                          <span className="muted">
                            {' · '}
                            {t(
                              a.getuigenisConfirmed
                                ? 'mentoren.confirmedState'
                                : 'mentoren.notConfirmedState',
                            )}
                          </span>
                        )}
                      </td>
                      <td>
                        {/* Only the change is offered: asking "confirm?" about someone already
                            confirmed (and maybe a mentor) reads as if nobody had looked yet. */}
                        <div className="button-row">
                          {a.getuigenisConfirmed !== true && (
                            <Button
                              variant="secondary"
                              className="button--small"
                              disabled={confirm.isPending}
                              onClick={confirmIt}
                            >
                              {t('mentoren.confirm')}
                              <span className="visually-hidden"> ({name})</span>
                            </Button>
                          )}
                          {a.getuigenisConfirmed !== false && (
                            <Button
                              variant="quiet"
                              className="button--small"
                              disabled={confirm.isPending}
                              onClick={() => setUnconfirming(a.member)}
                            >
                              {t(a.getuigenisConfirmed ? 'mentoren.withdraw' : 'mentoren.unconfirm')}
                              <span className="visually-hidden"> ({name})</span>
                            </Button>
                          )}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
      {unconfirming && (
        <ConfirmDialog
          title={t('mentoren.unconfirmTitle', { name: unconfirming.displayName })}
          confirmLabel={t('mentoren.unconfirmConfirm')}
          busy={confirm.isPending}
          onCancel={() => setUnconfirming(null)}
          onConfirm={() =>
            confirm.mutate(
              { membershipId: unconfirming.membershipId, confirmed: false },
              {
                onSuccess: () => {
                  setUnconfirming(null);
                  setNotice(t('mentoren.unconfirmed', { name: unconfirming.displayName }));
                },
              },
            )
          }
        >
          <p>{t('mentoren.unconfirmText', { name: unconfirming.displayName })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
