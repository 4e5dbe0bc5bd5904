import { type DashboardView, formatMessage } from '@spiegel/domain';
import { type FormEvent, memo, useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { Page } from '../../../components/ui/page';
import { useFirstContent } from '../../../lib/first-content';
import { formatDate } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { type DashboardPeriod, useDashboard } from '../api/get-dashboard';
import { decimal, lang, percent, shortDate } from '../lib/format';
import { PHASE_COLORS, PHASE_KEYS } from '../lib/phases';
import { HorizontalBars } from './charts/horizontal-bars';
import { RecognitionGraph } from './charts/recognition-graph';
import { StackedBars, usePhaseLabel } from './charts/stacked-bars';
import { KantelpuntTable, MemberTable } from './dashboard-tables';
import '../insight.css';
import { TableWrap } from './table-wrap';

export interface DashboardProps {
  roomId: string;
  roomHref: string;
}

/** Facilitator dashboard of one group: where people are, whether herkenning happens, who has the floor. */
export function Dashboard({ roomId, roomHref }: DashboardProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [period, setPeriod] = useState<DashboardPeriod>({ from: '', to: '' });
  const dashboard = useDashboard(roomId, period);
  // The figures are first drawn in a deferred render: their answer is a store update, which React renders
  // in one go, so that update keeps the loading line and React then draws the charts and tables in slices
  // of a few milliseconds (one long task on a phone otherwise). Later answers are drawn at once.
  const drawn = useDeferredValue(dashboard.data !== undefined);
  const d = drawn ? dashboard.data : undefined;
  const title = d ? t('insight.dashboard.title', { room: d.room.name }) : t('insight.dashboard.heading');
  useFirstContent(d !== undefined || dashboard.isError);

  // Until the first answer only the heading and a loading line: the introduction and the period form
  // arrive together with the figures, so nothing drawn early is pushed down (layout shift).
  if ((dashboard.isPending || dashboard.data !== undefined) && !d)
    return (
      <Page title={title} heading={t('insight.dashboard.heading')} width="wide">
        <Loading label={t('insight.dashboard.loading')} />
      </Page>
    );

  return (
    <Page
      title={title}
      heading={t('insight.dashboard.heading')}
      width="wide"
      intro={<DashboardIntro d={d} roomHref={roomHref} />}
    >
      <PeriodForm key={d ? 'loaded' : 'loading'} period={period} onChange={setPeriod} current={d?.period} />
      {dashboard.isPending && <Loading label={t('insight.dashboard.loading')} />}
      {dashboard.isError && (
        <>
          <ErrorAlert>{errorMessage(dashboard.error)}</ErrorAlert>
          <Button variant="secondary" onClick={() => void dashboard.refetch()}>
            {t('app.retry')}
          </Button>
        </>
      )}
      {d && <DashboardBody d={d} />}
    </Page>
  );
}

function DashboardIntro({ d, roomHref }: { d: DashboardView | undefined; roomHref: string }) {
  const { t } = useTranslation();
  return (
    <>
      {d && (
        <p className="lead">
          {d.traject
            ? t('insight.dashboard.introTraject', { room: d.room.name, traject: d.traject.name })
            : t('insight.dashboard.intro', { room: d.room.name })}
        </p>
      )}
      <p className="muted">{t('insight.dashboard.privacy')}</p>
      <p>
        <Link to={roomHref}>{t('insight.dashboard.backToRoom')}</Link>
      </p>
    </>
  );
}

function PeriodForm({
  period,
  onChange,
  current,
}: {
  period: DashboardPeriod;
  onChange: (p: DashboardPeriod) => void;
  current: { from: string; to: string } | undefined;
}) {
  const { t } = useTranslation();
  // Start from the period on screen, so the fields say what is shown.
  const [from, setFrom] = useState(period.from || current?.from.slice(0, 10) || '');
  const [to, setTo] = useState(period.to || current?.to.slice(0, 10) || '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ from, to });
  };
  return (
    <form
      className="insight-period no-print"
      onSubmit={submit}
      aria-label={t('insight.dashboard.periodLabel')}
    >
      <div className="field">
        <label className="field__label" htmlFor="dashboard-from">
          {t('insight.dashboard.from')}
        </label>
        <input
          id="dashboard-from"
          type="date"
          className="input input--compact"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="dashboard-to">
          {t('insight.dashboard.to')}
        </label>
        <input
          id="dashboard-to"
          type="date"
          className="input input--compact"
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
      </div>
      <Button type="submit" variant="secondary">
        {t('insight.dashboard.apply')}
      </Button>
      {current && (
        <p className="muted insight-period__current">
          {t('insight.dashboard.periodShown', { from: formatDate(current.from), to: formatDate(current.to) })}
        </p>
      )}
    </form>
  );
}

/** Drawn again only for new figures (not when the period form or the page around it changes). */
const DashboardBody = memo(function DashboardBody({ d }: { d: DashboardView }) {
  const { t } = useTranslation();
  const phaseLabel = usePhaseLabel();
  const participants = d.members.filter((m) => !m.isFacilitator);
  const nameOf = new Map(d.members.map((m) => [m.member.membershipId, m.member.displayName]));
  const names = (ids: string[]) => ids.map((id) => nameOf.get(id) ?? '?').join(', ');
  const eq = d.equality.overall;

  return (
    <div className="insight">
      <section aria-labelledby="fasen" className="insight-section">
        <h2 id="fasen">{t('insight.dashboard.phasesHeading')}</h2>
        <p className="muted">{t('insight.dashboard.phasesIntro')}</p>
        <HorizontalBars
          title={t('insight.dashboard.phasesNow', { count: participants.length })}
          labelHeader={t('insight.dashboard.phase')}
          valueHeader={t('insight.dashboard.people')}
          items={PHASE_KEYS.map((k) => ({
            key: k,
            label: phaseLabel(k),
            value: d.phases.now[k],
            display: String(d.phases.now[k]),
            color: PHASE_COLORS[k],
          }))}
        />
        <StackedBars
          title={t('insight.dashboard.byWeek')}
          categoryLabel={t('insight.dashboard.week')}
          rows={d.phases.byWeek.map((w) => ({
            key: w.weekStart,
            label: shortDate(w.weekStart),
            counts: w.counts,
          }))}
        />
        {d.phases.bySession.length > 0 && (
          <StackedBars
            title={t('insight.dashboard.bySession')}
            categoryLabel={t('insight.dashboard.session')}
            rows={d.phases.bySession.map((s) => ({
              key: s.id,
              label: shortDate(s.startsAt),
              counts: s.counts,
            }))}
          />
        )}
      </section>

      <section aria-labelledby="herkenning" className="insight-section">
        <h2 id="herkenning">{t('insight.dashboard.herkenningHeading')}</h2>
        <p className="muted">{t('insight.dashboard.herkenningIntro', { count: d.herkenning.total })}</p>
        <RecognitionGraph
          title={t('insight.dashboard.graphTitle')}
          nodes={d.members.map((m) => ({
            id: m.member.membershipId,
            label: m.member.displayName,
            isolated: d.herkenning.isolated.includes(m.member.membershipId),
          }))}
          edges={d.herkenning.edges.map((e) => ({ from: e.fromMemberId, to: e.toMemberId, count: e.count }))}
        />
        <dl className="insight-facts">
          <dt>{t('insight.dashboard.neverGave')}</dt>
          <dd>
            {d.herkenning.neverGave.length ? names(d.herkenning.neverGave) : t('insight.dashboard.nobody')}
          </dd>
          <dt>{t('insight.dashboard.neverReceived')}</dt>
          <dd>
            {d.herkenning.neverReceived.length
              ? names(d.herkenning.neverReceived)
              : t('insight.dashboard.nobody')}
          </dd>
        </dl>
        <KantelpuntTable members={participants} />
      </section>

      <section aria-labelledby="gelijkwaardigheid" className="insight-section">
        <h2 id="gelijkwaardigheid">{t('insight.dashboard.equalityHeading')}</h2>
        <dl className="insight-meter">
          <div>
            <dt>{t('insight.dashboard.gini')}</dt>
            <dd>{decimal(eq.gini)}</dd>
          </div>
          <div>
            <dt>{t('insight.dashboard.facilitatorVoice')}</dt>
            <dd>
              {t('insight.dashboard.facilitatorVoiceValue', {
                voice: percent(eq.facilitators.shareOfVoice),
                members: percent(eq.facilitators.shareOfMembers),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('insight.dashboard.silent')}</dt>
            <dd>{eq.silentMemberIds.length ? names(eq.silentMemberIds) : t('insight.dashboard.nobody')}</dd>
          </div>
        </dl>
        <ul className="insight-advice">
          {eq.advice.map((a) => (
            <li key={a.key}>{formatMessage(a, lang())}</li>
          ))}
        </ul>
        <HorizontalBars
          title={t('insight.dashboard.voiceTitle')}
          labelHeader={t('insight.dashboard.member')}
          valueHeader={t('insight.dashboard.shareOfVoice')}
          noteHeader={t('insight.dashboard.contributions')}
          max={1}
          items={eq.members.map((m) => ({
            key: m.memberId,
            label: `${nameOf.get(m.memberId) ?? '?'}${m.isFacilitator ? ` (${t('insight.dashboard.facilitator')})` : ''}`,
            value: m.shareOfVoice,
            display: percent(m.shareOfVoice),
            color: m.isFacilitator ? '#6a5ca8' : '#1b6a64',
            note: String(m.contributions),
          }))}
        />
        {d.equality.bySession.length > 0 && (
          <TableWrap label={t('insight.dashboard.perSession')}>
            <table className="table table--compact">
              <caption>{t('insight.dashboard.perSession')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insight.dashboard.session')}</th>
                  <th scope="col" className="num">
                    {t('insight.dashboard.contributions')}
                  </th>
                  <th scope="col" className="num">
                    {t('insight.dashboard.gini')}
                  </th>
                  <th scope="col" className="num">
                    {t('insight.dashboard.facilitatorVoice')}
                  </th>
                  <th scope="col" className="num">
                    {t('insight.dashboard.silentCount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.equality.bySession.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      {shortDate(s.startsAt)}
                      {s.title ? ` · ${s.title}` : ''}
                    </th>
                    <td className="num">{s.meter.contributionCount}</td>
                    <td className="num">{decimal(s.meter.gini)}</td>
                    <td className="num">{percent(s.meter.facilitators.shareOfVoice)}</td>
                    <td className="num">{s.meter.silentMemberIds.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      <section aria-labelledby="deelnemers" className="insight-section">
        <h2 id="deelnemers">{t('insight.dashboard.membersHeading')}</h2>
        <p className="muted">{t('insight.dashboard.membersIntro')}</p>
        <MemberTable members={participants} />
      </section>

      <section aria-labelledby="suggesties" className="insight-section">
        <h2 id="suggesties">{t('insight.dashboard.suggestionsHeading')}</h2>
        <p className="muted">{t('insight.dashboard.suggestionsIntro')}</p>
        {d.suggestions.length === 0 ? (
          <p>{t('insight.dashboard.noSuggestions')}</p>
        ) : (
          <ul className="insight-suggestions">
            {d.suggestions.map((s) => (
              <li
                key={`${s.kind}:${s.memberIds.join(',')}`}
                className={`insight-suggestion insight-suggestion--${s.kind}`}
              >
                <span className="insight-suggestion__kind">{t(`insight.suggestionKinds.${s.kind}`)}</span>
                {formatMessage(s.message, lang())}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
});
