import { CHECKPOINTS, PHASES, type ReportTraject, type ReportView } from '@spiegel/domain';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n';
import { cellText, lang } from '../lib/format';
import { PHASE_COLORS } from '../lib/phases';
import { CellValue } from './cell-value';
import { HorizontalBars } from './charts/horizontal-bars';
import { CheckpointCard } from './checkpoint-card';
import { AftercareSections } from './report-aftercare';

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
export const ReportBody = memo(function ReportBody({ r }: { r: ReportView }) {
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

      <AftercareSections r={r} />
    </div>
  );
});
