import {
  CHECKPOINTS,
  type CompareRow,
  PHASES,
  type ReportTraject,
  type ReportView,
  ZWART_GAT_LEVELS,
} from '@spiegel/domain';
import { memo, type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { Page } from '../../../components/ui/page';
import { formatDate } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useCompare } from '../api/get-compare';
import { reportCsvUrl, useReport } from '../api/get-report';
import { cellText, lang } from '../lib/format';
import { PHASE_COLORS } from '../lib/phases';
import { CellValue } from './cell-value';
import { HorizontalBars } from './charts/horizontal-bars';
import { CheckpointCard } from './checkpoint-card';
import { TrafficLight } from './traffic-light';
import '../insight.css';
import { TableWrap } from './table-wrap';

export interface ReportProps {
  /** Admins see the organisation; facilitators only their own trajecten. */
  isAdmin: boolean;
  /** The chosen traject (from the URL), null for the whole organisation. */
  trajectId: string | null;
  onSelect: (trajectId: string | null) => void;
  /** More sections at the end of the report (e.g. "Herstel gemeten" for admins). */
  extra?: ReactNode;
}

/** The evaluation report: five checkpoints, phase funnel, after-care, and trajecten side by side. */
export function Report({ isAdmin, trajectId, onSelect, extra }: ReportProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const compare = useCompare();
  // Facilitators have no organisation report: they start at their newest traject.
  const fallback = !isAdmin && !trajectId ? (compare.data?.trajecten[0]?.traject.id ?? null) : null;
  const selected = trajectId ?? fallback;
  const report = useReport(selected, isAdmin || selected !== null);
  useEffect(() => {
    if (fallback) onSelect(fallback);
  }, [fallback, onSelect]);

  const r = report.data;
  return (
    <Page
      title={t('insight.report.title')}
      heading={t('insight.report.heading')}
      width="wide"
      intro={<p className="lead">{t('insight.report.intro')}</p>}
    >
      {r && <Toolbar report={r} isAdmin={isAdmin} selected={selected} onSelect={onSelect} />}
      {(report.isPending || compare.isPending) && !r && <Loading label={t('insight.report.loading')} />}
      {!isAdmin && compare.data && compare.data.trajecten.length === 0 && (
        <p>{t('insight.report.noTrajecten')}</p>
      )}
      {report.isError && <ErrorAlert>{errorMessage(report.error)}</ErrorAlert>}
      {r && <ReportBody r={r} />}
      {compare.isError && <ErrorAlert>{errorMessage(compare.error)}</ErrorAlert>}
      {/* Under the report, so only once the report is there: drawn earlier, the report would push it
          down when it arrives (layout shift). */}
      {compare.data && compare.data.trajecten.length > 1 && (r || !report.isLoading) && (
        <CompareTable rows={compare.data.trajecten} />
      )}
      {/* Likewise the extra sections: drawn under the loading line, the report would push them down. */}
      {(r || report.isError || (!isAdmin && compare.data?.trajecten.length === 0)) && extra}
    </Page>
  );
}

function Toolbar({
  report,
  isAdmin,
  selected,
  onSelect,
}: {
  report: ReportView;
  isAdmin: boolean;
  selected: string | null;
  onSelect: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="report-toolbar no-print">
      <div className="field">
        <label className="field__label" htmlFor="report-traject">
          {t('insight.report.switcher')}
        </label>
        <select
          id="report-traject"
          className="input input--select"
          value={selected ?? ''}
          onChange={(e) => onSelect(e.target.value || null)}
        >
          {isAdmin && <option value="">{t('insight.report.wholeOrganisation')}</option>}
          {report.trajecten.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
      </div>
      <div className="report-toolbar__actions">
        <a className="button button--secondary" href={reportCsvUrl(selected)} download>
          {t('insight.report.csv')}
        </a>
        <Button variant="secondary" onClick={() => window.print()}>
          {t('insight.report.print')}
        </Button>
      </div>
    </div>
  );
}

function ScopeLine({ r }: { r: ReportView }) {
  const { t } = useTranslation();
  if (r.scope.kind === 'organisation')
    return <>{t('insight.report.scopeOrganisation', { name: r.organisation.name, count: r.trajectCount })}</>;
  const x: ReportTraject = r.scope.traject;
  return (
    <>
      {t('insight.report.scopeTraject', {
        name: x.name,
        from: formatDate(x.startsOn),
        to: formatDate(x.endsOn),
        status: t(`insight.report.status.${x.status}`),
      })}
    </>
  );
}

/**
 * Drawn again only for another report: the page around it redraws when the URL takes the chosen traject
 * (a facilitator's newest, just after the report arrived) and when the comparison arrives.
 */
const ReportBody = memo(function ReportBody({ r }: { r: ReportView }) {
  const { t } = useTranslation();
  const f = r.funnel;
  const l = lang();
  return (
    <div className="insight report">
      <p className="report-scope">
        <strong>
          <ScopeLine r={r} />
        </strong>
        <br />
        {t('insight.report.participants')}: <CellValue cell={r.participants} unit="count" /> ·{' '}
        {t('insight.report.generatedAt', { date: formatDate(r.generatedAt, true) })}
      </p>
      <section aria-labelledby="in-het-kort" className="insight-section">
        <h2 id="in-het-kort">{t('insight.report.plainHeading')}</h2>
        <ul className="report-plain">
          {r.checkpoints.map((c) => (
            <li key={c.id}>
              <strong>{CHECKPOINTS[c.id].label[lang()]}:</strong>{' '}
              {t(`insight.report.plain.${c.id}.${c.light}`)}
            </li>
          ))}
        </ul>
        <HorizontalBars
          title={t('insight.report.plainChart')}
          labelHeader={t('insight.report.checkpointCol')}
          valueHeader={t('insight.report.scoreCol')}
          max={100}
          items={r.checkpoints.map((c) => ({
            key: c.id,
            label: CHECKPOINTS[c.id].label[lang()],
            value: c.score,
            display: c.score === null ? t('insight.report.noScore') : `${c.score}/100`,
          }))}
        />
      </section>
      <p className="muted">{t('insight.report.privacy')}</p>
      <p className="muted">{t('insight.report.smallNumbers')}</p>

      <section aria-labelledby="checkpoints" className="insight-section">
        <h2 id="checkpoints">{t('insight.report.checkpointsHeading')}</h2>
        <p className="muted">{t('insight.report.lightsExplained')}</p>
        <div className="checkpoints">
          {r.checkpoints.map((c, i) => (
            <CheckpointCard key={c.id} checkpoint={c} index={i} />
          ))}
        </div>
      </section>

      <section aria-labelledby="fasetrechter" className="insight-section report-page-break">
        <h2 id="fasetrechter">{t('insight.report.funnelHeading')}</h2>
        <p className="muted">{t('insight.report.funnelIntro')}</p>
        <HorizontalBars
          title={t('insight.report.funnelChart')}
          labelHeader={t('insight.report.phase')}
          valueHeader={t('insight.report.reached')}
          noteHeader={t('insight.report.shareOfParticipants')}
          max={f.participants.value ?? undefined}
          items={f.steps.map((s) => ({
            key: s.phase,
            label: PHASES[s.phase].label[l],
            value: s.reached.value,
            display: cellText(s.reached, 'count'),
            color: PHASE_COLORS[s.phase],
            note: cellText(s.share, 'share'),
          }))}
        />
        <ul className="insight-facts-list">
          <li>
            {t('insight.report.noPhaseYet')}: <CellValue cell={f.noPhaseYet} unit="count" />
          </li>
          <li>
            {f.largestDrop
              ? t('insight.report.largestDrop', {
                  from: PHASES[f.largestDrop.from].label[l],
                  to: PHASES[f.largestDrop.to].label[l],
                })
              : t('insight.report.noDrop')}
          </li>
          <li>
            {t('insight.report.kantelpuntReached')}: <CellValue cell={f.kantelpunt.reached} unit="count" />;{' '}
            {t('insight.report.kantelpuntMedian')}: <CellValue cell={f.kantelpunt.medianDays} unit="days" />
          </li>
        </ul>
      </section>

      <section aria-labelledby="nazorg" className="insight-section">
        <h2 id="nazorg">{t('insight.report.aftercareHeading')}</h2>
        <p className="muted">{t('insight.report.aftercareIntro')}</p>
        <p>
          {t('insight.report.alumni')}: <CellValue cell={r.aftercare.alumni} unit="count" /> ·{' '}
          {t('insight.report.mentorships')}: <CellValue cell={r.aftercare.mentorships} unit="count" />
        </p>
        <TableWrap label={t('insight.report.zwartGatCaption')}>
          <table className="table table--compact">
            <caption>{t('insight.report.zwartGatCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insight.report.month')}</th>
                {ZWART_GAT_LEVELS.map((level) => (
                  <th key={level} scope="col" className="num">
                    {t(`insight.report.levels.${level}`)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('insight.report.measured')}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.aftercare.zwartGat.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{t('insight.report.monthN', { count: m.month })}</th>
                  {ZWART_GAT_LEVELS.map((level) => (
                    <td key={level} className="num">
                      <CellValue cell={m.levels[level]} unit="count" />
                    </td>
                  ))}
                  <td className="num">
                    <CellValue cell={m.measured} unit="count" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        <TableWrap label={t('insight.report.activeCaption')}>
          <table className="table table--compact">
            <caption>{t('insight.report.activeCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insight.report.after')}</th>
                <th scope="col" className="num">
                  {t('insight.report.stillActive')}
                </th>
                <th scope="col" className="num">
                  {t('insight.report.activeCount')}
                </th>
                <th scope="col" className="num">
                  {t('insight.report.measured')}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.aftercare.active.map((a) => (
                <tr key={a.month}>
                  <th scope="row">{t('insight.report.monthN', { count: a.month })}</th>
                  <td className="num">
                    <CellValue cell={a.share} unit="share" />
                  </td>
                  <td className="num">
                    <CellValue cell={a.active} unit="count" />
                  </td>
                  <td className="num">
                    <CellValue cell={a.measured} unit="count" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>

      <section aria-labelledby="signalen" className="insight-section">
        <h2 id="signalen">{t('insight.report.fieldHeading')}</h2>
        <p className="muted">{t('insight.report.fieldIntro')}</p>
        <TableWrap label={t('insight.report.fieldCaption')}>
          <table className="table table--compact">
            <caption className="visually-hidden">{t('insight.report.fieldCaption')}</caption>
            <tbody>
              {(
                [
                  ['fieldFlagged', r.fieldSignals.flagged, 'count'],
                  ['fieldFalse', r.fieldSignals.falseAlarms, 'count'],
                  ['fieldMissed', r.fieldSignals.missed, 'count'],
                  ['fieldPrecision', r.fieldSignals.precision, 'share'],
                  ['fieldRecall', r.fieldSignals.recall, 'share'],
                ] as const
              ).map(([key, cell, unit]) => (
                <tr key={key}>
                  <th scope="row">{t(`insight.report.${key}`)}</th>
                  <td className="num">
                    <CellValue cell={cell} unit={unit} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
    </div>
  );
});

const CompareTable = memo(function CompareTable({ rows }: { rows: CompareRow[] }) {
  const { t } = useTranslation();
  const l = lang();
  return (
    <section aria-labelledby="vergelijking" className="insight-section report-page-break">
      <h2 id="vergelijking">{t('insight.report.compareHeading')}</h2>
      <p className="muted">{t('insight.report.compareIntro')}</p>
      <TableWrap label={t('insight.report.compareTable')}>
        <table className="table table--compact compare-table">
          <caption className="visually-hidden">{t('insight.report.compareHeading')}</caption>
          <thead>
            <tr>
              <td />
              {rows.map((row) => (
                <th key={row.traject.id} scope="col">
                  {row.traject.name}
                  <br />
                  <span className="muted">{t(`insight.report.status.${row.traject.status}`)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('insight.report.participants')}</th>
              {rows.map((row) => (
                <td key={row.traject.id}>
                  <CellValue cell={row.participants} unit="count" />
                </td>
              ))}
            </tr>
            {rows[0]!.checkpoints.map((c, i) => (
              <tr key={c.id}>
                <th scope="row">{CHECKPOINTS[c.id].label[l]}</th>
                {rows.map((row) => {
                  const x = row.checkpoints[i]!;
                  return (
                    <td key={row.traject.id}>
                      <span className="compare-score">{x.score ?? '—'}</span> <TrafficLight light={x.light} />
                    </td>
                  );
                })}
              </tr>
            ))}
            {rows[0]!.funnel.steps.map((s, i) => (
              <tr key={s.phase}>
                <th scope="row">{t('insight.report.reachedPhase', { phase: PHASES[s.phase].label[l] })}</th>
                {rows.map((row) => (
                  <td key={row.traject.id}>
                    <CellValue cell={row.funnel.steps[i]!.reached} unit="count" />
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('insight.report.kantelpuntMedian')}</th>
              {rows.map((row) => (
                <td key={row.traject.id}>
                  <CellValue cell={row.funnel.kantelpunt.medianDays} unit="days" />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('insight.report.activeAfterOneMonth')}</th>
              {rows.map((row) => (
                <td key={row.traject.id}>
                  <CellValue cell={row.activeAfterOneMonth} unit="share" />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
});
