import { Injectable } from '@nestjs/common';
import {
  fieldSignalCells,
  type FieldSignalCells,
  fieldSignalFigures,
  type FieldSignalFigures,
  type SignalMarkInput,
  type SignalMarkView,
  signalLabelFits,
} from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError, forbidden } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { ContributionReadsService } from '../contributions/contribution-reads.service.js';
import { SafetyRepository } from './safety.repository.js';
import { SignalMarksRepository } from './signal-marks.repository.js';

/** Staff's verdicts on detection ("gemist signaal", "vals alarm") and the figures they make. */
@Injectable()
export class SignalMarksService {
  constructor(
    private readonly repo: SignalMarksRepository,
    private readonly cases: SafetyRepository,
    private readonly contributions: ContributionReadsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Staff who host the message's room mark it; the label must fit what detection said. */
  async mark(actor: Actor, input: SignalMarkInput): Promise<SignalMarkView> {
    const c = await this.contributions.locate(actor, input.contributionId);
    if (!c.isHost || (actor.role !== 'facilitator' && actor.role !== 'admin'))
      throw forbidden('Alleen begeleiders van deze groep markeren signalen.');
    if (!signalLabelFits(input.label, c.crisis))
      throw new AppError(
        409,
        'CONFLICT',
        input.label === 'vals_alarm'
          ? 'Dit bericht gaf geen alarm: markeer het als gemist signaal als het er wel een was.'
          : 'Dit bericht gaf al alarm: markeer het als vals alarm als het er geen was.',
      );
    await this.repo.transaction(async (em) => {
      await this.repo.upsertMark(em, {
        organisationId: actor.organisationId,
        contributionId: input.contributionId,
        roomId: c.roomId,
        label: input.label,
        detected: c.crisis,
        by: actor.membershipId,
      });
      await this.audit.record(
        actor,
        'signal_mark.set',
        { targetType: 'contribution', targetId: input.contributionId, details: { label: input.label } },
        em,
      );
    });
    return {
      contributionId: input.contributionId,
      roomId: c.roomId,
      label: input.label,
      detected: c.crisis,
      markedAt: this.clock.now().toISOString(),
    };
  }

  /** The organisation's marks, ids and labels only, for admins improving the data. */
  async exportMarks(actor: Actor): Promise<SignalMarkView[]> {
    const marks = await this.repo.marks(actor.organisationId);
    await this.audit.record(actor, 'signal_mark.export', { details: { rows: marks.length } });
    return marks;
  }

  /**
   * The same figures for the evaluation report, over its rooms (null: the whole organisation), with the
   * report's small-number suppression.
   */
  async reportCells(organisationId: string, roomIds: string[] | null): Promise<FieldSignalCells> {
    return fieldSignalCells(await this.repo.fieldFacts(organisationId, roomIds));
  }

  /** Precision and recall in the field: flags are cases raised; false alarms are marks or cases closed so. */
  async fieldFigures(organisationId: string): Promise<FieldSignalFigures> {
    const [marks, cases] = await Promise.all([
      this.repo.marks(organisationId),
      this.cases.caseCounts(organisationId),
    ]);
    const falseAlarms = new Set([
      ...cases.closedFalse,
      ...marks.filter((m) => m.label === 'vals_alarm').map((m) => m.contributionId),
    ]);
    return fieldSignalFigures({
      flagged: cases.raised,
      falseAlarms: falseAlarms.size,
      missed: marks.filter((m) => m.label === 'gemist_signaal').length,
    });
  }
}

/** CSV of marks: ids, labels and dates; no text ever. */
export function marksCsv(marks: SignalMarkView[]): string {
  const lines = ['contribution_id,room_id,label,detected,marked_at'];
  for (const m of marks) lines.push([m.contributionId, m.roomId, m.label, m.detected, m.markedAt].join(','));
  return `${lines.join('\n')}\n`;
}
