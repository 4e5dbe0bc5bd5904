import { type DashboardMember, formatMessage, type PhaseId, PHASES } from '@spiegel/domain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n';
import { decimal, lang } from '../lib/format';
import { TableWrap } from './table-wrap';

/** The dashboard's per-member tables: recognition and the kantelpunt, and where each member stands. */

const phaseName = (phase: PhaseId | null | undefined, none: string) =>
  phase ? PHASES[phase].label[lang()] : none;

export function KantelpuntTable({ members }: { members: DashboardMember[] }) {
  const { t } = useTranslation();
  return (
    <TableWrap label={t('insight.dashboard.kantelpuntCaption')}>
      <table className="table table--compact">
        <caption>{t('insight.dashboard.kantelpuntCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('insight.dashboard.member')}</th>
            <th scope="col" className="num">
              {t('insight.dashboard.given')}
            </th>
            <th scope="col" className="num">
              {t('insight.dashboard.received')}
            </th>
            <th scope="col">{t('insight.dashboard.kantelpunt')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.member.membershipId}>
              <th scope="row">{m.member.displayName}</th>
              <td className="num">{m.recognitionsGiven}</td>
              <td className="num">{m.recognitionsReceived}</td>
              <td>
                {m.kantelpunt
                  ? t('insight.dashboard.kantelpuntValue', {
                      date: formatDate(m.kantelpunt.at),
                      days: decimal(m.kantelpunt.daysFromStart, 1),
                    })
                  : t('insight.dashboard.notYet')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export function MemberTable({ members }: { members: DashboardMember[] }) {
  const { t } = useTranslation();
  const none = t('insight.phases.none');
  return (
    <TableWrap label={t('insight.dashboard.membersTable')}>
      <table className="table table--compact">
        <caption className="visually-hidden">{t('insight.dashboard.membersHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('insight.dashboard.member')}</th>
            <th scope="col">{t('insight.dashboard.dataPhase')}</th>
            <th scope="col">{t('insight.dashboard.selfPhase')}</th>
            <th scope="col" className="num">
              {t('insight.dashboard.contributions')}
            </th>
            <th scope="col">{t('insight.dashboard.signals')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.member.membershipId}>
              <th scope="row">{m.member.displayName}</th>
              <td>{phaseName(m.path?.currentPhase, none)}</td>
              <td>
                {m.selfPlacement ? phaseName(m.selfPlacement.phase, none) : t('insight.dashboard.notPlaced')}
                {m.differs && <span className="badge insight-differs">{t('insight.dashboard.differs')}</span>}
              </td>
              <td className="num">{m.contributions}</td>
              <td>
                {m.path && m.path.flags.length > 0 ? (
                  <ul className="insight-flags">
                    {m.path.flags.map((f) => (
                      <li key={f.id}>{formatMessage(f.message, lang())}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
