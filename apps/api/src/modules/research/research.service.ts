import { Inject, Injectable } from '@nestjs/common';
import {
  type AnswerMomentInput,
  hasItemTexts,
  type HerstelChangeRow,
  type HerstelGemetenView,
  meanChangeCells,
  MHC_SF,
  type MyResearchView,
  primaryScore,
  type QuestionnaireView,
  type ResearchConsentInput,
  type ResearchConsentView,
  scoreQuestionnaire,
  type SkipMomentInput,
  type StudyMoment,
  studyMoments,
  type StudyMomentsInput,
  answerProblems,
} from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError } from '../../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import {
  type EnrolmentRow,
  type NewResponse,
  type ParticipantRow,
  ResearchRepository,
  type ResponseRow,
} from './research.repository.js';

const DEF = MHC_SF;
const DAY = 86_400_000;

const notFound = () => new AppError(404, 'NOT_FOUND', 'Dit meetmoment bestaat niet (meer).');

/** Dates of a traject as instants: its first day at 00:00 UTC, its end at the end of its last day. */
function momentsInput(
  e: EnrolmentRow,
  done: StudyMomentsInput['done'],
  stopped: boolean,
  now: Date,
): StudyMomentsInput {
  const endsOn = new Date(`${e.ends_on}T00:00:00Z`).getTime() + DAY;
  return {
    enrolledAt: new Date(e.consent_at),
    trajectStartsOn: new Date(`${e.starts_on}T00:00:00Z`),
    trajectEndsAt: e.ended_at ? new Date(e.ended_at) : new Date(endsOn),
    firstHerkenningAt: e.first_herkenning_at ? new Date(e.first_herkenning_at) : null,
    done,
    stopped,
    now,
  };
}

function doneOf(responses: ResponseRow[], enrolmentId: string): StudyMomentsInput['done'] {
  return Object.fromEntries(
    responses.filter((r) => r.enrolment_id === enrolmentId).map((r) => [r.moment, r.status]),
  ) as StudyMomentsInput['done'];
}

function consentView(p: ParticipantRow | null): ResearchConsentView {
  return {
    answers: p?.consent_answers ?? false,
    phaseTimeline: p?.consent_phase_timeline ?? false,
    phaseTags: p?.consent_phase_tags ?? false,
    letterVersion: p?.letter_version ?? null,
    givenAt: p?.consent_given_at ? new Date(p.consent_given_at).toISOString() : null,
    withdrawnAt: p?.consent_withdrawn_at ? new Date(p.consent_withdrawn_at).toISOString() : null,
  };
}

/**
 * Research mode: the outcome questionnaire at fixed moments per traject, research consent (separate
 * from taking part), the measured-recovery report and the pseudonymised export for researchers.
 */
@Injectable()
export class ResearchService {
  constructor(
    private readonly repo: ResearchRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  questionnaire(): QuestionnaireView {
    return {
      id: DEF.id,
      version: DEF.version,
      name: DEF.name,
      instruction: DEF.instruction,
      stem: DEF.stem,
      scale: DEF.scale.map((o) => ({ value: o.value, label: { ...o.label } })),
      items: DEF.items.map((i) => ({ number: i.number, text: i.text })),
      textsAvailable: hasItemTexts(DEF),
      citation: DEF.citation,
      licence: DEF.licence,
    };
  }

  async mine(actor: Actor, now = new Date()): Promise<MyResearchView> {
    const [participant, enrolments, responses] = await Promise.all([
      this.repo.participant(actor.organisationId, actor.membershipId),
      this.repo.enrolmentsOf(actor.organisationId, actor.membershipId),
      this.repo.responsesOf(actor.organisationId, [actor.membershipId], DEF.id),
    ]);
    const stopped = participant?.questionnaires_stopped_at != null;
    const names = new Map(enrolments.map((e) => [e.enrolment_id, e.traject_name]));
    return {
      questionnaire: this.questionnaire(),
      moments: enrolments.flatMap((e) =>
        studyMoments(momentsInput(e, doneOf(responses, e.enrolment_id), stopped, now)).map((m) => ({
          enrolmentId: e.enrolment_id,
          trajectName: e.traject_name,
          ...m,
        })),
      ),
      scores: responses
        .filter((r) => r.status === 'answered' && r.answers && names.has(r.enrolment_id))
        .map((r) => {
          const s = scoreQuestionnaire(DEF, r.answers!);
          return {
            moment: r.moment as StudyMoment,
            trajectName: names.get(r.enrolment_id)!,
            answeredAt: new Date(r.created_at).toISOString(),
            total: s.total.mean,
            subscales: s.subscales.map((x) => ({ id: x.scale, mean: x.mean })),
            category: s.category,
          };
        }),
      stopped,
      consent: consentView(participant),
      currentLetterVersion: this.config.researchLetterVersion,
    };
  }

  private async momentState(actor: Actor, enrolmentId: string, moment: StudyMoment, now: Date) {
    const e = await this.repo.enrolment(actor.organisationId, actor.membershipId, enrolmentId);
    if (!e) throw notFound();
    const [participant, responses] = await Promise.all([
      this.repo.participant(actor.organisationId, actor.membershipId),
      this.repo.responsesOf(actor.organisationId, [actor.membershipId], DEF.id),
    ]);
    const stopped = participant?.questionnaires_stopped_at != null;
    const state = studyMoments(momentsInput(e, doneOf(responses, enrolmentId), stopped, now)).find(
      (m) => m.moment === moment,
    )!;
    return state;
  }

  async answer(actor: Actor, input: AnswerMomentInput, now = new Date()) {
    if (!hasItemTexts(DEF))
      throw new AppError(
        409,
        'CONFLICT',
        'De vragen van deze vragenlijst zijn nog niet ingevuld door de instelling.',
      );
    const problems = answerProblems(DEF, input.answers);
    if (problems.length)
      throw new AppError(
        400,
        'VALIDATION_FAILED',
        `Controleer de antwoorden: ${problems.slice(0, 3).join('; ')}`,
      );
    const state = await this.momentState(actor, input.enrolmentId, input.moment, now);
    if (state.status !== 'due') throw new AppError(409, 'CONFLICT', 'Dit meetmoment staat nu niet open.');
    const score = scoreQuestionnaire(DEF, input.answers);
    await this.storeResponse(actor, input, {
      status: 'answered',
      answers: [...input.answers],
      score: primaryScore(DEF, score),
    });
    return { score };
  }

  async skip(actor: Actor, input: SkipMomentInput, now = new Date()): Promise<void> {
    const state = await this.momentState(actor, input.enrolmentId, input.moment, now);
    if (state.status !== 'due' && state.status !== 'upcoming')
      throw new AppError(409, 'CONFLICT', 'Dit meetmoment kan niet meer worden overgeslagen.');
    await this.storeResponse(actor, input, { status: 'skipped', answers: null, score: null });
  }

  /** The caller's response to one moment of this questionnaire, once: a second one is a 409. */
  private async storeResponse(
    actor: Actor,
    input: SkipMomentInput,
    response: Pick<NewResponse, 'status' | 'answers' | 'score'>,
  ): Promise<void> {
    const stored = await this.repo.transaction((em) =>
      this.repo.insertResponse(em, {
        organisationId: actor.organisationId,
        membershipId: actor.membershipId,
        enrolmentId: input.enrolmentId,
        questionnaireId: DEF.id,
        questionnaireVersion: DEF.version,
        moment: input.moment,
        ...response,
      }),
    );
    if (!stored) throw new AppError(409, 'CONFLICT', 'Dit meetmoment is al ingevuld of overgeslagen.');
  }

  /** Stop (or start again with) the questionnaires altogether. */
  async setStopped(actor: Actor, stopped: boolean): Promise<MyResearchView> {
    await this.repo.transaction(async (em) => {
      await this.repo.lockParticipant(em, actor.organisationId, actor.membershipId);
      await this.repo.setStopped(em, actor.membershipId, stopped, new Date());
    });
    return this.mine(actor);
  }

  /**
   * Research consent, per kind of data, with the letter's version. All three off is a withdrawal:
   * every later export leaves the person out.
   */
  async saveConsent(actor: Actor, input: ResearchConsentInput): Promise<ResearchConsentView> {
    const any = input.answers || input.phaseTimeline || input.phaseTags;
    if (any && input.letterVersion !== this.config.researchLetterVersion)
      throw new AppError(409, 'CONFLICT', 'Er is een nieuwere informatiebrief. Lees die eerst.');
    await this.repo.transaction(async (em) => {
      await this.repo.lockParticipant(em, actor.organisationId, actor.membershipId);
      await this.repo.saveConsent(em, actor.membershipId, { ...input, now: new Date() });
      await this.audit.record(
        actor,
        any ? 'research.consent' : 'research.consent_withdrawn',
        {
          subjectMembershipId: actor.membershipId,
          details: {
            answers: input.answers,
            phaseTimeline: input.phaseTimeline,
            phaseTags: input.phaseTags,
            letterVersion: input.letterVersion,
          },
        },
        em,
      );
    });
    return consentView(await this.repo.participant(actor.organisationId, actor.membershipId));
  }

  /**
   * "Herstel gemeten": change in the MHC-SF score from T0 to the end and to +3 months, for people who
   * reached herkenning and for those who did not. Only people whose consent covers their answers count.
   */
  async herstelGemeten(actor: Actor): Promise<HerstelGemetenView> {
    const consenting = (await this.repo.consenting(actor.organisationId)).filter((p) => p.consent_answers);
    const allowed = new Set(consenting.map((p) => p.membership_id));
    const enrolments = (await this.repo.organisationEnrolments(actor.organisationId)).filter((e) =>
      allowed.has(e.membership_id),
    );
    const responses = await this.repo.responsesOf(actor.organisationId, [...allowed], DEF.id);
    const scoreOf = (enrolmentId: string, moment: string) =>
      responses.find((r) => r.enrolment_id === enrolmentId && r.moment === moment && r.status === 'answered')
        ?.score ?? null;
    const rows: HerstelChangeRow[] = [];
    for (const group of ['herkenning', 'geen-herkenning'] as const) {
      for (const to of ['einde', 'plus3m'] as const) {
        const diffs = enrolments
          .filter((e) => (e.first_herkenning_at !== null) === (group === 'herkenning'))
          .flatMap((e) => {
            const a = scoreOf(e.enrolment_id, 't0');
            const b = scoreOf(e.enrolment_id, to);
            return a === null || b === null ? [] : [b - a];
          });
        rows.push({ group, to, ...meanChangeCells(diffs) });
      }
    }
    return { questionnaire: DEF.name, rows };
  }

  /** In-app reminders (and, through the notification centre, e-mail/push where people chose so) for due moments. */
  async remindDue(now = new Date()): Promise<number> {
    let sent = 0;
    for (const organisationId of await this.repo.organisationsWithEnrolments()) {
      const enrolments = await this.repo.organisationEnrolments(organisationId);
      const stopped = await this.repo.stoppedMembers(organisationId);
      const responses = await this.repo.organisationResponses(organisationId, DEF.id);
      for (const e of enrolments) {
        if (stopped.has(e.membership_id)) continue;
        for (const m of studyMoments(momentsInput(e, doneOf(responses, e.enrolment_id), false, now))) {
          if (m.status !== 'due' || !(await this.repo.claimReminder(e.enrolment_id, m.moment))) continue;
          await this.notifications.notify({
            organisationId,
            recipients: [e.membership_id],
            kind: 'questionnaire_due',
            data: { trajectName: e.traject_name, moment: m.moment },
          });
          sent++;
        }
      }
    }
    return sent;
  }
}
