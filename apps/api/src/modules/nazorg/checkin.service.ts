import { Injectable } from '@nestjs/common';
import {
  CHECKIN_MAX_LENGTH,
  type CheckinDraftView,
  type CheckinResult,
  checkinSuggestions,
  type MentorCheckinDraftView,
  type MentorCheckinResult,
  mentorCheckinSuggestions,
} from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError, notFound } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { isUuid } from '../../common/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { ContributionsService } from '../contributions/contributions.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OutreachService } from '../outreach/outreach.service.js';
import { MentorsRepository } from '../mentors/mentors.repository.js';
import { RoomsService } from '../rooms/rooms.service.js';
import type { CheckinDto } from './dto/checkin.dto.js';
import { NazorgRepository } from './nazorg.repository.js';

/**
 * Zwart-gat check-ins: a short message from the alumnus's facilitator (Na afloop) or their peer mentor
 * (Mentoren) that reaches them by their own channel — the 1:1 conversation in the app, and e-mail (or
 * push) as they chose for check-ins.
 *
 * Staff: only for alumni who consented to follow-up; recorded as a follow-up action; the wording is
 * chosen by why the risk rose. A mentor: only for the alumnus in an active mentorship with them (the
 * mentee chose this contact, and may end it); general wording, nothing from the risk; not recorded
 * on Na afloop (an alumnus without follow-up consent is not named to staff, and a peer's message is
 * not staff's follow-up).
 */
@Injectable()
export class CheckinService {
  constructor(
    private readonly repo: NazorgRepository,
    private readonly mentors: MentorsRepository,
    private readonly clock: Clock,
    private readonly rooms: RoomsService,
    private readonly contributions: ContributionsService,
    private readonly notifications: NotificationsService,
    private readonly outreach: OutreachService,
    private readonly audit: AuditService,
  ) {}

  /** Suggested wording chosen by the latest risk's reasons, and the channels it will take. */
  async draft(actor: Actor, membershipId: string, locale: 'nl' | 'en'): Promise<CheckinDraftView> {
    await this.reachable(actor, membershipId);
    const reasons = await this.repo.latestReasons(membershipId, actor.organisationId);
    return {
      suggestions: checkinSuggestions(
        (reasons ?? []).map((r) => r.key),
        locale,
      ),
      channels: await this.outreach.channelsFor(actor.organisationId, membershipId, 'checkin'),
    };
  }

  async send(actor: Actor, membershipId: string, dto: CheckinDto): Promise<CheckinResult> {
    const trajectId = await this.reachable(actor, membershipId);
    const body = checkinBody(dto.body);
    const roomId = await this.rooms.openDirectBetween(actor.organisationId, actor.membershipId, membershipId);
    const sent = await this.contributions.send(actor, {
      clientId: dto.clientId ?? crypto.randomUUID(),
      roomId,
      kind: 'message',
      body,
    });
    const channels = await this.outreach.channelsFor(actor.organisationId, membershipId, 'checkin');
    // A retry of the same check-in (same clientId) is answered, not sent or recorded twice.
    if (sent.duplicate) return { roomId, channels };
    await this.repo.insertAction({
      organisationId: actor.organisationId,
      trajectId,
      membershipId,
      facilitatorId: actor.membershipId,
      kind: 'message',
      note: null,
      snoozeUntil: null,
      at: this.clock.now(),
    });
    await this.audit.record(actor, 'nazorg.checkin', {
      subjectMembershipId: membershipId,
      targetType: 'traject',
      targetId: trajectId,
    });
    // The notification carries it outside the app (e-mail naming the writer; push where built).
    await this.notifications.notify({
      organisationId: actor.organisationId,
      recipients: [membershipId],
      kind: 'followup_message',
      roomId,
      actorMembershipId: actor.membershipId,
    });
    return { roomId, channels };
  }

  // ---- a peer mentor's check-in (Mentoren) ----

  async mentorDraft(
    actor: Actor,
    mentorshipId: string,
    locale: 'nl' | 'en',
  ): Promise<MentorCheckinDraftView> {
    const mentee = await this.mentee(actor, mentorshipId);
    return { name: mentee.display_name, suggestions: mentorCheckinSuggestions(locale) };
  }

  async mentorSend(actor: Actor, mentorshipId: string, dto: CheckinDto): Promise<MentorCheckinResult> {
    const mentee = await this.mentee(actor, mentorshipId);
    const body = checkinBody(dto.body);
    const roomId = await this.rooms.openDirectBetween(actor.organisationId, actor.membershipId, mentee.id);
    const sent = await this.contributions.send(actor, {
      clientId: dto.clientId ?? crypto.randomUUID(),
      roomId,
      kind: 'message',
      body,
    });
    if (sent.duplicate) return { roomId };
    await this.audit.record(actor, 'mentors.checkin', {
      subjectMembershipId: mentee.id,
      targetType: 'mentorship',
      targetId: mentorshipId,
    });
    await this.notifications.notify({
      organisationId: actor.organisationId,
      recipients: [mentee.id],
      kind: 'followup_message',
      roomId,
      actorMembershipId: actor.membershipId,
    });
    return { roomId };
  }

  /**
   * The mentee a mentor may check in on: the mentorship is active, the caller is its mentor, and the
   * mentee is an alumnus (completed a traject here) whose membership is live. Anyone else — the mentee
   * themself included — hears 404.
   */
  private async mentee(actor: Actor, mentorshipId: string): Promise<{ id: string; display_name: string }> {
    if (!isUuid(mentorshipId)) throw notFound();
    const row = await this.mentors.checkinMentee(mentorshipId, actor.organisationId, actor.membershipId);
    if (!row) throw new AppError(404, 'NOT_FOUND', 'Bij deze persoon kun je (nu) niet inchecken.');
    return row;
  }

  /**
   * The traject through which staff may check in: the person completed it and consented to
   * follow-up, and the caller facilitates it or is an admin. Anyone else hears 404 (the person is not
   * on their list). A peer mentor checks in through the mentorship instead (mentorSend).
   */
  private async reachable(actor: Actor, membershipId: string): Promise<string> {
    if (!isUuid(membershipId) || membershipId === actor.membershipId) throw notFound();
    const trajectId = await this.repo.followableTraject(
      membershipId,
      actor.organisationId,
      { admin: actor.role === 'admin', membershipId: actor.membershipId },
      true,
    );
    if (!trajectId) throw new AppError(404, 'NOT_FOUND', 'Deze oud-deelnemer staat niet in jouw overzicht.');
    return trajectId;
  }
}

/** The message as sent: line ends made plain, trimmed, 1 to CHECKIN_MAX_LENGTH characters. */
function checkinBody(raw: string): string {
  const body = raw.replace(/\r\n?/g, '\n').trim();
  if (!body || body.length > CHECKIN_MAX_LENGTH)
    throw new AppError(
      400,
      'VALIDATION_FAILED',
      `body: schrijf een bericht van 1 tot ${CHECKIN_MAX_LENGTH} tekens.`,
    );
  return body;
}
