import { Injectable } from '@nestjs/common';
import {
  assignCodingSample,
  type CodeInput,
  type CodedItem,
  type CodingDisagreement,
  codingExportCsv,
  codingFigures,
  type CodingLabel,
  type CodingResultsView,
  type CodingStudyInput,
  type CodingStudySummary,
  isDisagreement,
  type MyCodingView,
  type PhaseId,
} from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { CodingRepository, type StudyRow } from './coding.repository.js';

const studyNotFound = () => new AppError(404, 'NOT_FOUND', 'Deze codeerronde bestaat niet.');

const summary = (s: StudyRow): CodingStudySummary => ({
  id: s.id,
  name: s.name,
  createdAt: new Date(s.created_at).toISOString(),
  items: s.items,
  complete: s.complete,
  coders: s.coders,
});

/**
 * The phase model checked by people (issue 17 item 6). Admins draw a sample; facilitators and peer mentors
 * code it blind (the text only: never the author, the room, the classifier's tag or the other code);
 * admins and researchers see the figures; admins and facilitators discuss the disagreements; admins export
 * ids and labels. Only contributions whose author gives research consent for phase tags take part.
 */
@Injectable()
export class CodingService {
  constructor(
    private readonly repo: CodingRepository,
    private readonly audit: AuditService,
  ) {}

  async start(actor: Actor, input: CodingStudyInput): Promise<CodingStudySummary> {
    const [candidates, coders] = await Promise.all([
      this.repo.candidates(actor.organisationId),
      this.repo.coders(actor.organisationId),
    ]);
    const assignments = assignCodingSample(candidates, coders, input.size, Math.random);
    if (assignments.length === 0)
      throw new AppError(
        409,
        'CONFLICT',
        'Er zijn nog geen berichten om te coderen: nodig zijn berichten van mensen die toestemming gaven voor onderzoek naar fase-labels, in groepen met ten minste twee begeleiders of mentoren.',
      );
    const studyId = await this.repo.transaction(async (em) => {
      const id = await this.repo.createStudy(em, {
        organisationId: actor.organisationId,
        name: input.name.trim(),
        createdBy: actor.membershipId,
        assignments,
      });
      await this.audit.record(
        actor,
        'research.coding_study_start',
        { targetType: 'coding_study', targetId: id, details: { items: assignments.length } },
        em,
      );
      return id;
    });
    return summary((await this.repo.studies(actor.organisationId, studyId))[0]!);
  }

  async studies(actor: Actor): Promise<CodingStudySummary[]> {
    return (await this.repo.studies(actor.organisationId)).map(summary);
  }

  private async study(actor: Actor, studyId: string): Promise<StudyRow> {
    if (!isUuid(studyId)) throw studyNotFound();
    const [row] = await this.repo.studies(actor.organisationId, studyId);
    if (!row) throw studyNotFound();
    return row;
  }

  /**
   * The coder's next contribution: its words only. Each one served is in the access log, with its author
   * as the person whose data was seen.
   */
  async mine(actor: Actor): Promise<MyCodingView> {
    const [task, studies] = await Promise.all([
      this.repo.nextTask(actor.organisationId, actor.membershipId),
      this.repo.progress(actor.organisationId, actor.membershipId),
    ]);
    if (!task) return { task: null, studies };
    await this.audit.record(actor, 'research.coding_task_view', {
      subjectMembershipId: task.author_membership_id,
      targetType: 'contribution',
      targetId: task.contribution_id,
      details: { studyId: task.study_id },
    });
    const progress = studies.find((s) => s.id === task.study_id);
    return {
      task: {
        assignmentId: task.code_id,
        studyId: task.study_id,
        studyName: task.study_name,
        kind: task.kind,
        title: task.title,
        body: task.body,
        done: progress?.done ?? 0,
        total: progress?.total ?? 0,
      },
      studies,
    };
  }

  async code(actor: Actor, assignmentId: string, input: CodeInput): Promise<MyCodingView> {
    const outcome = isUuid(assignmentId)
      ? await this.repo.saveCode(actor.organisationId, actor.membershipId, assignmentId, input.label)
      : 'missing';
    if (outcome === 'missing')
      throw new AppError(404, 'NOT_FOUND', 'Dit bericht staat niet (meer) voor je klaar.');
    if (outcome === 'coded') throw new AppError(409, 'CONFLICT', 'Je hebt dit bericht al gecodeerd.');
    return this.mine(actor);
  }

  private async items(actor: Actor, studyId: string) {
    const rows = await this.repo.codedItems(actor.organisationId, studyId);
    return rows.map((r) => ({
      row: r,
      item: {
        first: r.first as CodingLabel | null,
        second: r.second as CodingLabel | null,
        classifier: r.classifier_label,
      } satisfies CodedItem,
    }));
  }

  /** Figures only: no texts, ids or names, so researchers may see them too. */
  async results(actor: Actor, studyId: string): Promise<CodingResultsView> {
    const study = await this.study(actor, studyId);
    const items = await this.items(actor, studyId);
    return { study: summary(study), figures: codingFigures(items.map((i) => i.item)) };
  }

  /**
   * The items the two coders labelled differently, for discussion. A facilitator sees them once their own
   * items in the study are done (so the list never un-blinds their own work); the text only when the
   * caller is a member of the contribution's room.
   */
  async disagreements(actor: Actor, studyId: string): Promise<CodingDisagreement[]> {
    await this.study(actor, studyId);
    if (
      actor.role !== 'admin' &&
      (await this.repo.openCodes(actor.organisationId, studyId, actor.membershipId)) > 0
    )
      throw new AppError(
        409,
        'CONFLICT',
        'Codeer eerst je eigen berichten in deze ronde; daarna zie je waar de codes verschillen.',
      );
    const differing = (await this.items(actor, studyId)).filter((i) => isDisagreement(i.item));
    const texts = await this.repo.readableTexts(
      actor.organisationId,
      actor.membershipId,
      differing.map((d) => d.row.contribution_id),
    );
    await this.audit.record(actor, 'research.coding_disagreements_view', {
      targetType: 'coding_study',
      targetId: studyId,
      details: { items: differing.length, texts: texts.size },
    });
    return differing.map((d) => ({
      contributionId: d.row.contribution_id,
      first: d.item.first!,
      second: d.item.second!,
      classifier: d.item.classifier,
      text: texts.get(d.row.contribution_id) ?? null,
    }));
  }

  /** CSV of every code: contribution id, the coder's study code, the label and the classifier's tag. */
  async export(actor: Actor, studyId: string): Promise<{ filename: string; csv: string }> {
    const study = await this.study(actor, studyId);
    const rows = await this.repo.exportCodes(actor.organisationId, studyId);
    await this.audit.record(actor, 'research.coding_export', {
      targetType: 'coding_study',
      targetId: studyId,
      details: { rows: rows.length },
    });
    const day = new Date().toISOString().slice(0, 10);
    const slug = study.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40);
    return {
      filename: `spiegel-codes-${slug || 'ronde'}-${day}.csv`,
      csv: codingExportCsv(
        rows.map((r) => ({
          contributionId: r.contribution_id,
          coder: r.coder,
          label: r.label as CodingLabel,
          classifier: (r.classifier_label ?? 'geen') as PhaseId | 'geen',
        })),
      ),
    };
  }
}
