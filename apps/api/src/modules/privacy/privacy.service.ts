import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor.js';
import { AppError } from '../../common/app-error.js';
import { SessionRevocations } from '../auth/session-revocations.js';
import { OutreachService } from '../outreach/outreach.service.js';
import { AccessLogService } from '../audit/access-log.service.js';
import { AuditService } from '../audit/audit.service.js';
import { ContributionsPrivacyService } from '../contributions/contributions-privacy.service.js';
import { InvitationsService } from '../invitations/invitations.service.js';
import { ModerationService } from '../moderation/moderation.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ResearchRepository } from '../research/research.repository.js';
import { RoomsPrivacyService } from '../rooms/rooms-privacy.service.js';
import { SafetyService } from '../safety/safety.service.js';
import type { AccountSection } from '../auth/account-personal-data.repository.js';
import type { MemberSection } from '../organisations/memberships-personal-data.repository.js';
import type { ErasureRef, PersonRef } from './personal-data-part.js';
import { PersonalDataParts } from './personal-data-parts.js';
import { PrivacyRepository } from './privacy.repository.js';

/**
 * AVG/GDPR rights: a copy of everything about you, erasure, and the log of who looked at your data. Each
 * owning module gives its part (the chat core's `exportOwn`, `forget…`; the others' `PersonalDataPart`s);
 * this service puts them together, in a fixed order, in one transaction for erasure.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly repo: PrivacyRepository,
    private readonly parts: PersonalDataParts,
    private readonly revocations: SessionRevocations,
    private readonly outreach: OutreachService,
    private readonly audit: AuditService,
    private readonly accessLog: AccessLogService,
    private readonly research: ResearchRepository,
    private readonly safety: SafetyService,
    private readonly contributions: ContributionsPrivacyService,
    private readonly moderation: ModerationService,
    private readonly rooms: RoomsPrivacyService,
    private readonly notifications: NotificationsService,
    private readonly invitations: InvitationsService,
  ) {}

  /** Everything Spiegel holds about the caller, as JSON (Art. 15 and 20 AVG). */
  async export(actor: Actor) {
    const m = actor.membershipId;
    const person = personOf(actor);
    const { member } = await this.parts.of('organisations').exportFor(person);
    const { account } = await this.parts.of('auth').exportFor(person);
    const written = await this.contributions.exportOwn(m);
    const { reportsMade, mutes } = await this.moderation.exportOwn(m);
    const rooms = await this.rooms.exportOwn(m);
    const { consents } = await this.parts.of('trajecten').exportFor(person);
    const { selfPlacements } = await this.parts.of('insight').exportFor(person);
    const { zwartGatScores } = await this.parts.of('nazorg').exportFor(person);
    const { mentorProfile, mentorships } = await this.parts.of('mentors').exportFor(person);
    const notifications = await this.notifications.exportOwn(m);
    return {
      exportedAt: new Date().toISOString(),
      profile: profileOf(member, account),
      contributions: written.contributions,
      phaseChanges: written.phaseChanges,
      reactions: written.reactions,
      recognitionsGiven: written.recognitionsGiven,
      recognitionsReceived: written.recognitionsReceived,
      reportsMade,
      rooms,
      consents,
      selfPlacements,
      zwartGatScores,
      mentorProfile,
      mentorships,
      notifications,
      mutes,
      whoViewedYourData: (await this.accessLog.aboutMe(actor, { limit: 5000 })).entries.map(
        ({ id: _id, actorId: _a, subjectId: _s, ...e }) => e,
      ),
      // Questionnaire answers are theirs; research consent with its letter version and study id.
      questionnaireAnswers: await this.research.exportOwn(m),
      researchConsent: await this.research.exportOwnConsent(m),
      // Crisis cases about your messages (that one existed, when, state, outcome label; not staff's note) and
      // staff's marks on detection for your messages (ids and labels).
      ...(await this.safety.exportOwn(m)),
    };
  }

  /**
   * Erases the caller's account. Their contributions are deleted or anonymised as they choose; what
   * others need (recognitions they received, reactions as counts, the audit trail) is kept without
   * any link to the person. Every session ends and every socket closes.
   */
  async erase(actor: Actor, password: string, mode: 'delete' | 'anonymise'): Promise<void> {
    const auth = this.parts.of('auth');
    const login = await auth.loginIfPasswordMatches(actor.userId, password);
    if (login === null) {
      throw new AppError(400, 'INVALID_CREDENTIALS', 'Je wachtwoord klopt niet. Er is niets verwijderd.');
    }
    const sessionIds = await auth.sessionIds(actor.userId);
    await this.repo.transaction(async (em) => {
      const X = actor.membershipId;
      const P = await auth.formerMemberId(em, actor.organisationId);
      const erasure: ErasureRef = { ...personOf(actor), formerMemberId: P };
      await this.contributions.forget(em, X, P, mode);
      await this.moderation.forgetReports(em, X, P);
      await this.parts.of('mentors').eraseFor(em, erasure);
      await this.parts.of('nazorg').eraseFor(em, erasure);
      await this.invitations.forgetCreator(em, X, P);
      await auth.eraseFor(em, erasure);
      await this.notifications.forgetRecipient(em, X);
      await this.outreach.forget(em, X);
      await this.safety.forget(em, X, P);
      await this.notifications.forgetActor(em, X);
      await this.moderation.forgetMutes(em, X);
      await this.rooms.forget(em, X, P);
      await this.parts.of('trajecten').eraseFor(em, erasure);
      await this.parts.of('sso').eraseFor(em, erasure);
      await this.audit.forget(em, actor.organisationId, X, P);
      await auth.forgetLoginAttempts(em, login, actor.userId);
      // The membership, and with it (cascade) her sessions, enrolments, scores, self-placements (insight's part
      // has nothing else to do), mentor profile and what else hangs on it; then the user.
      await this.parts.of('organisations').eraseFor(em, erasure);
      await auth.deleteUserWithoutMembership(em, actor.userId);
      // The erasure entry names the one-way reference it replaced, so the chain still verifies.
      await this.audit.record(
        { organisationId: actor.organisationId, membershipId: P },
        'account.erase',
        { subjectMembershipId: P, details: { contributions: mode, ...this.audit.erasedRef(X) } },
        em,
      );
    });
    this.revocations.publish(sessionIds);
  }
}

function personOf(actor: Actor): PersonRef {
  return { membershipId: actor.membershipId, userId: actor.userId, organisationId: actor.organisationId };
}

/** The export's profile: the membership (organisations) with the account's login and e-mail (auth). */
function profileOf(member: MemberSection | null, account: AccountSection | null) {
  if (!member || !account) return null;
  const { organisation, ...rest } = member;
  return { ...rest, ...account, organisation };
}
