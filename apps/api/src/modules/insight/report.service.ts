import { Injectable } from '@nestjs/common';
import {
  type AftercareView,
  type CheckpointInput,
  type CompareView,
  countCell,
  phaseFunnel,
  type ReportTraject,
  type ReportView,
  scoreCheckpoints,
  shareCell,
  ZWART_GAT_LEVELS,
  type ZwartGatLevel,
} from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError, forbidden, notFound } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { SignalMarksService } from '../safety/signal-marks.service.js';
import { trajectStatus } from '../trajecten/traject-status.js';
import { ReportRepository, type TrajectRow } from './report.repository.js';
import { poolSummaries } from './participant-summary.js';
import { ReportFactsService, type TrajectFacts } from './report-facts.service.js';

const MAX_COMPARE = 12;

/** Weighted mean (weights: members per traject), 0 without weight. */
const weighted = (items: { value: number; weight: number }[]): number => {
  const total = items.reduce((s, i) => s + i.weight, 0);
  return total === 0 ? 0 : items.reduce((s, i) => s + i.value * i.weight, 0) / total;
};

/**
 * The evaluation report per traject and per organisation: the five checkpoints scored from the data,
 * the phase funnel and after-care, with every cell about fewer than 5 people suppressed. Admins see the
 * organisation; facilitators the trajecten they facilitate; participants nothing. Every view is logged.
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly repo: ReportRepository,
    private readonly facts: ReportFactsService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly signals: SignalMarksService,
    private readonly organisations: OrganisationsService,
  ) {}

  async report(actor: Actor, trajectId?: string, action = 'insight.report_view'): Promise<ReportView> {
    const { visible, selected } = await this.scope(actor, trajectId);
    const now = this.clock.now();
    const facts = await this.facts.facts(selected, now);
    const pooled = [...facts.values()];
    const view = this.build(pooled);
    const [org] = await this.orgName(actor.organisationId);
    await this.audit.record(actor, action, {
      targetType: trajectId ? 'traject' : 'organisation',
      targetId: trajectId ?? actor.organisationId,
      details: { trajecten: selected.length },
    });
    const single = trajectId ? selected[0] : undefined;
    // A traject's report counts its group room; the organisation's counts every room of the organisation.
    const fieldSignals = await this.signals.reportCells(
      actor.organisationId,
      single ? [single.room_id] : null,
    );
    return {
      scope: single ? { kind: 'traject', traject: this.trajectView(single, now) } : { kind: 'organisation' },
      organisation: { name: org?.name ?? '' },
      generatedAt: now.toISOString(),
      ...view,
      fieldSignals,
      trajecten: visible.map((t) => this.trajectView(t, now)),
    };
  }

  async compare(actor: Actor, trajectIds?: string[]): Promise<CompareView> {
    const { visible } = await this.scope(actor, undefined, true);
    const now = this.clock.now();
    let selected: TrajectRow[];
    if (trajectIds) {
      selected = [];
      for (const id of [...new Set(trajectIds)]) {
        const t = visible.find((v) => v.id === id);
        if (!t) await this.scope(actor, id); // throws the right 403/404
        if (t) selected.push(t);
      }
    } else {
      selected = visible.filter((t) => new Date(`${t.starts_on}T00:00:00.000Z`) <= now).slice(0, MAX_COMPARE);
    }
    const facts = await this.facts.facts(selected, now);
    await this.audit.record(actor, 'insight.report_view', {
      targetType: 'organisation',
      targetId: actor.organisationId,
      details: { compare: selected.map((t) => t.id) },
    });
    return {
      generatedAt: now.toISOString(),
      trajecten: selected.map((t) => {
        const view = this.build([facts.get(t.id)!]);
        const month1 = view.aftercare.active.find((a) => a.month === 1)!;
        return {
          traject: this.trajectView(t, now),
          participants: view.participants,
          checkpoints: view.checkpoints.map((c) => ({ id: c.id, score: c.score, light: c.light })),
          funnel: view.funnel,
          activeAfterOneMonth: month1.share,
        };
      }),
    };
  }

  private trajectView(t: TrajectRow, now: Date): ReportTraject {
    return {
      id: t.id,
      name: t.name,
      startsOn: t.starts_on,
      endsOn: t.ends_on,
      status: trajectStatus(
        {
          startsOn: t.starts_on,
          endsOn: t.ends_on,
          closedEarlyAt: t.closed_early_at,
          completedAt: t.completed_at,
        },
        now,
      ),
    };
  }

  private orgName(organisationId: string) {
    return this.organisations.nameAndSlug(organisationId);
  }

  /**
   * Who may see what: participants nothing (403); a traject of another organisation does not exist (404);
   * a facilitator only their own trajecten (403 for others) and no organisation-wide report.
   */
  private async scope(
    actor: Actor,
    trajectId?: string,
    list = false,
  ): Promise<{ visible: TrajectRow[]; selected: TrajectRow[] }> {
    if (actor.role === 'participant') throw forbidden('Het rapport is voor begeleiders en beheerders.');
    if (trajectId) {
      const org = await this.repo.trajectOrganisation(trajectId);
      if (!org || org.organisation_id !== actor.organisationId) throw notFound('Dit traject bestaat niet.');
      if (actor.role !== 'admin' && !(await this.repo.isTrajectFacilitator(trajectId, actor.membershipId)))
        throw forbidden('Dit rapport is voor de begeleiders van dit traject en beheerders.');
    } else if (actor.role !== 'admin' && !list) {
      throw new AppError(403, 'FORBIDDEN', 'Het organisatierapport is voor beheerders; kies een traject.');
    }
    const visible = await this.repo.trajecten(
      actor.organisationId,
      actor.role === 'admin' ? null : actor.membershipId,
    );
    const selected = trajectId ? visible.filter((t) => t.id === trajectId) : visible;
    return { visible, selected };
  }

  /** Pools trajecten (one for a traject report, all for the organisation) into the report's figures. */
  private build(
    facts: TrajectFacts[],
  ): Pick<ReportView, 'participants' | 'trajectCount' | 'checkpoints' | 'funnel' | 'aftercare'> {
    const people = poolSummaries(facts.map((f) => f.participants));
    const sum = (f: (x: TrajectFacts) => number) => facts.reduce((s, x) => s + f(x), 0);
    const activeAt = (month: number) => ({
      measured: sum((x) => x.active.find((a) => a.month === month)?.measured ?? 0),
      active: sum((x) => x.active.find((a) => a.month === month)?.active ?? 0),
    });
    const month1 = activeAt(1);
    const kantelpuntDays = people.kantelpuntDays;
    const withVoice = facts.filter((f) => f.voice.members > 0);

    const input: CheckpointInput = {
      participants: people.count,
      projectie: {
        taggedEarly: people.taggedEarly,
        projectieEarly: people.projectieEarly,
        taggedLate: people.taggedLate,
        projectieLate: people.projectieLate,
        stuck: sum((x) => x.stuck),
      },
      herkenning: {
        gave: people.gave,
        received: people.received,
        kantelpuntDays,
      },
      gelijkwaardigheid: {
        members: sum((x) => x.voice.members),
        contributions: sum((x) => x.voice.contributions),
        gini: weighted(withVoice.map((f) => ({ value: f.voice.gini, weight: f.voice.members }))),
        facilitatorShareOfVoice: weighted(
          withVoice.map((f) => ({ value: f.voice.fVoice, weight: f.voice.members })),
        ),
        facilitatorShareOfMembers: weighted(
          withVoice.map((f) => ({ value: f.voice.fMembers, weight: f.voice.members })),
        ),
        silent: sum((x) => x.voice.silent),
      },
      verbinding: {
        contributions: sum((x) => x.outside.total),
        outsideSessions: sum((x) => x.outside.outside),
        withTwoWay: sum((x) => x.twoWay),
        alumniMeasured: month1.measured,
        alumniActive: month1.active,
        alumniScored: sum((x) => x.latest.scored),
        alumniHigh: sum((x) => x.latest.high),
      },
      getuigenis: {
        reachedGetuigenis: people.reachedGetuigenis,
        alumniReachedGetuigenis: people.alumniReachedGetuigenis,
        mentorsOptedIn: people.alumniMentorsOptedIn,
        mentorshipsFormed: sum((x) => x.mentorships.withAlumnusMentor),
      },
    };

    const aftercare: AftercareView = {
      alumni: countCell(people.alumni),
      zwartGat: [1, 2, 3, 4, 5, 6].map((month) => {
        const levels = Object.fromEntries(
          ZWART_GAT_LEVELS.map((level) => [
            level,
            sum((x) =>
              x.zwartGat.filter((z) => z.month === month && z.level === level).reduce((s, z) => s + z.n, 0),
            ),
          ]),
        ) as Record<ZwartGatLevel, number>;
        return {
          month,
          levels: Object.fromEntries(ZWART_GAT_LEVELS.map((l) => [l, countCell(levels[l])])) as Record<
            ZwartGatLevel,
            ReturnType<typeof countCell>
          >,
          measured: countCell(ZWART_GAT_LEVELS.reduce((s, l) => s + levels[l], 0)),
        };
      }),
      active: [1, 3, 6].map((month) => {
        const a = activeAt(month);
        return {
          month,
          share: shareCell(a.active, a.measured),
          active: countCell(a.active),
          measured: countCell(a.measured),
        };
      }),
      mentorships: countCell(sum((x) => x.mentorships.involving)),
    };

    return {
      participants: countCell(people.count),
      trajectCount: facts.length,
      checkpoints: scoreCheckpoints(input),
      funnel: phaseFunnel({ participants: people.count, furthest: people.furthest, kantelpuntDays }),
      aftercare,
    };
  }
}
