import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MentorshipStatus, MentorshipView } from '@spiegel/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { AppError, forbidden, notFound } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { newId } from '../../common/crypto.js';
import { isUuid } from '../../common/ids.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { memberView as view } from '../organisations/member-view.js';
import { RoomsService } from '../rooms/rooms.service.js';
import { MentorEligibilityService } from './mentor-eligibility.service.js';
import { MentorsRepository } from './mentors.repository.js';
import { MentorshipsRepository } from './mentorships.repository.js';

const OPEN: MentorshipStatus[] = ['requested', 'active'];

/** Mentorships: a seeker's request, the mentor's answer, the end, and each side's list. */
@Injectable()
export class MentorshipsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly repo: MentorsRepository,
    private readonly mentorshipsRepo: MentorshipsRepository,
    private readonly eligibility: MentorEligibilityService,
    private readonly rooms: RoomsService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Asks a mentor for contact. The mentor's row is locked while places are counted, so two seekers
   * asking for the last place at once cannot both get it.
   */
  async request(actor: Actor, mentorId: string, message: string): Promise<MentorshipView> {
    if (mentorId === actor.membershipId)
      throw new AppError(400, 'VALIDATION_FAILED', 'Je kunt jezelf niet als mentor kiezen.');
    if (!isUuid(mentorId)) throw notFound('Deze mentor bestaat niet.');
    const id = newId();
    await this.ds.transaction(async (em) => {
      const p = await this.repo.lockProfile(em, mentorId, actor.organisationId);
      if (!p || p.status !== 'active') throw notFound('Deze mentor bestaat niet of is nu niet beschikbaar.');
      const eligibility = (await this.eligibility.forMembers([mentorId], em)).get(mentorId);
      if (!eligibility?.eligible) throw new AppError(409, 'CONFLICT', 'Deze mentor heeft nu geen plek.');
      if (await this.mentorshipsRepo.hasOpenMentorship(em, mentorId, actor.membershipId))
        throw new AppError(409, 'CONFLICT', 'Je hebt deze mentor al gevraagd.');
      await this.mentorshipsRepo.insertRequest(em, {
        id,
        organisationId: actor.organisationId,
        mentorId,
        menteeId: actor.membershipId,
        message: message.trim(),
        at: this.clock.now(),
      });
    });
    await this.notifications.notify({
      organisationId: actor.organisationId,
      recipients: [mentorId],
      kind: 'mentor_request',
      actorMembershipId: actor.membershipId,
      data: { mentorshipId: id },
    });
    return (await this.mentorships(actor)).find((m) => m.id === id)!;
  }

  async respond(actor: Actor, id: string, accept: boolean): Promise<MentorshipView> {
    const m = await this.own(actor, id);
    if (m.mentor_membership_id !== actor.membershipId)
      throw forbidden('Alleen de mentor beantwoordt een verzoek.');
    if (m.status !== 'requested') throw new AppError(409, 'CONFLICT', 'Dit verzoek is al beantwoord.');
    let roomId: string | null = null;
    if (accept)
      roomId = await this.rooms.openDirectBetween(
        actor.organisationId,
        actor.membershipId,
        m.mentee_membership_id,
      );
    await this.mentorshipsRepo.respond(id, accept ? 'active' : 'declined', this.clock.now(), roomId);
    await this.notifications.notify({
      organisationId: actor.organisationId,
      recipients: [m.mentee_membership_id],
      kind: accept ? 'mentor_accepted' : 'mentor_declined',
      roomId,
      actorMembershipId: actor.membershipId,
      data: { mentorshipId: id },
    });
    return (await this.mentorships(actor)).find((x) => x.id === id)!;
  }

  /** Either side can end a mentorship; the other is told kindly, the conversation stays readable. */
  async end(actor: Actor, id: string): Promise<MentorshipView> {
    const m = await this.own(actor, id);
    if (!OPEN.includes(m.status)) throw new AppError(409, 'CONFLICT', 'Dit mentorschap is al beëindigd.');
    const status: MentorshipStatus = m.status === 'requested' ? 'withdrawn' : 'ended';
    await this.mentorshipsRepo.end(id, status, this.clock.now(), actor.membershipId);
    const other =
      m.mentor_membership_id === actor.membershipId ? m.mentee_membership_id : m.mentor_membership_id;
    await this.notifications.notify({
      organisationId: actor.organisationId,
      recipients: [other],
      kind: 'mentorship_ended',
      actorMembershipId: actor.membershipId,
      data: { mentorshipId: id },
    });
    return (await this.mentorships(actor)).find((x) => x.id === id)!;
  }

  async mentorships(actor: Actor): Promise<MentorshipView[]> {
    const rows = await this.mentorshipsRepo.mentorshipsOf(actor.membershipId, actor.organisationId);
    return rows.map((r) => {
      const role = r.mentor_membership_id === actor.membershipId ? 'mentor' : 'mentee';
      return {
        id: r.id,
        role,
        other: view(r.other_id, r.other_name, r.other_color),
        status: r.status,
        requestMessage: role === 'mentor' ? r.request_message : null,
        roomId: r.status === 'active' || r.status === 'ended' ? r.room_id : null,
        createdAt: new Date(r.created_at).toISOString(),
        // The mentor may send a check-in (Mentoren) to a mentee who is an alumnus: only that yes/no.
        canCheckIn: role === 'mentor' && r.status === 'active' && r.mentee_alumnus,
      };
    });
  }

  private async own(actor: Actor, id: string) {
    if (!isUuid(id)) throw notFound('Dit mentorschap bestaat niet.');
    const m = await this.mentorshipsRepo.ownMentorship(id, actor.organisationId, actor.membershipId);
    if (!m) throw notFound('Dit mentorschap bestaat niet.');
    return m;
  }
}
