import { Injectable } from '@nestjs/common';
import { enforceKAnonymity, MHC_SF, scoreQuestionnaire, type StudyMoment } from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { buildCodebook, type ExportRow, EXPORT_K } from './research-export.js';
import { ResearchRepository } from './research.repository.js';

const DEF = MHC_SF;
const DAY = 86_400_000;

/** The researchers' export of research mode (the rest: ResearchService). */
@Injectable()
export class ResearchExportService {
  constructor(
    private readonly repo: ResearchRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * The pseudonymised export: consenting people only, study ids and traject study codes instead of
   * ids, days since the traject's start instead of dates, never texts or names; k-anonymous on the
   * quasi-identifiers (traject code, start quarter). Every export is audited.
   */
  async export(actor: Actor) {
    const consenting = await this.repo.consenting(actor.organisationId);
    const byMember = new Map(consenting.map((p) => [p.membership_id, p]));
    const enrolments = (await this.repo.organisationEnrolments(actor.organisationId)).filter((e) =>
      byMember.has(e.membership_id),
    );
    const codes = await this.repo.trajectCodes(actor.organisationId, [
      ...new Set(enrolments.map((e) => e.traject_id)),
    ]);
    const answersAllowed = consenting.filter((p) => p.consent_answers).map((p) => p.membership_id);
    const responses = await this.repo.responsesOf(actor.organisationId, answersAllowed, DEF.id);
    const timelineOf = enrolments.filter((e) => {
      const p = byMember.get(e.membership_id)!;
      return p.consent_phase_timeline || p.consent_phase_tags;
    });
    const contributions = await this.repo.contributionsIn(
      actor.organisationId,
      timelineOf.map((e) => ({ membershipId: e.membership_id, roomId: e.room_id })),
    );
    const recognitions = await this.repo.recognitionsIn(actor.organisationId, [
      ...new Set(timelineOf.map((e) => e.room_id)),
    ]);
    const rows: ExportRow[] = enrolments.map((e) => {
      const p = byMember.get(e.membership_id)!;
      const start = new Date(`${e.starts_on}T00:00:00Z`).getTime();
      const day = (d: Date) => Math.floor((new Date(d).getTime() - start) / DAY);
      const week = (d: Date) => Math.floor(day(d) / 7);
      const mine = contributions.filter(
        (c) => c.membership_id === e.membership_id && c.room_id === e.room_id,
      );
      const firstDay = (pred: (r: (typeof recognitions)[number]) => boolean) => {
        const r = recognitions.find((x) => x.room_id === e.room_id && pred(x));
        return r ? day(r.created_at) : null;
      };
      const weekly = new Map<number, number>();
      for (const c of mine) weekly.set(week(c.created_at), (weekly.get(week(c.created_at)) ?? 0) + 1);
      const firstPerPhase: Record<string, number> = {};
      for (const c of mine)
        if (c.phase && !(c.phase in firstPerPhase)) firstPerPhase[c.phase] = day(c.created_at);
      return {
        studyId: p.study_id,
        trajectCode: codes.get(e.traject_id)!,
        startQuarter: `${e.starts_on.slice(0, 4)}-Q${Math.ceil(Number(e.starts_on.slice(5, 7)) / 3)}`,
        consent: {
          answers: p.consent_answers,
          phaseTimeline: p.consent_phase_timeline,
          phaseTags: p.consent_phase_tags,
        },
        letterVersion: p.letter_version,
        timeline: p.consent_phase_timeline
          ? {
              firstContributionDayPerPhase: firstPerPhase,
              firstHerkenningGivenDay: firstDay((r) => r.from_membership_id === e.membership_id),
              firstHerkenningReceivedDay: firstDay((r) => r.to_membership_id === e.membership_id),
              weeklyContributions: [...weekly.entries()]
                .sort((a, b) => a[0] - b[0])
                .map(([w, n]) => ({ week: w, n })),
            }
          : null,
        phaseTags: p.consent_phase_tags
          ? mine.filter((c) => c.phase).map((c) => ({ week: week(c.created_at), phase: c.phase! }))
          : null,
        scores: p.consent_answers
          ? responses
              .filter((r) => r.enrolment_id === e.enrolment_id && r.status === 'answered' && r.answers)
              .map((r) => {
                const s = scoreQuestionnaire(DEF, r.answers!);
                return {
                  moment: r.moment as StudyMoment,
                  day: day(r.created_at),
                  total: s.total.mean,
                  emotioneel: s.subscales[0]!.mean,
                  sociaal: s.subscales[1]!.mean,
                  psychologisch: s.subscales[2]!.mean,
                  category: s.category,
                };
              })
          : null,
      };
    });
    const k = enforceKAnonymity(
      rows,
      [
        { key: 'trajectCode', levels: [(r) => r.trajectCode, () => '*'] },
        {
          key: 'startQuarter',
          levels: [(r) => r.startQuarter, (r) => r.startQuarter.slice(0, 4), () => '*'],
        },
      ],
      EXPORT_K,
    );
    const participants = k.rows.map(({ row, quasi }) => ({
      ...row,
      trajectCode: quasi.trajectCode!,
      startQuarter: quasi.startQuarter!,
    }));
    await this.audit.record(actor, 'research.export', {
      targetType: 'research_export',
      details: { rows: participants.length, suppressed: k.suppressed, k: EXPORT_K, levels: k.levels },
    });
    return {
      generatedAt: new Date().toISOString(),
      questionnaire: { id: DEF.id, version: DEF.version },
      kAnonymity: { k: EXPORT_K, suppressed: k.suppressed, generalisation: k.levels },
      participants,
      codebook: buildCodebook(),
    };
  }
}
