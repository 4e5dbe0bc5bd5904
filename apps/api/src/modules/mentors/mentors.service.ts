import { Injectable } from '@nestjs/common';
import {
  type AvailabilitySlot,
  type MentorCandidate,
  type MentorListing,
  type MentorOverview,
  type MentorStatus,
  type MyMentorProfile,
  rankMentors,
  type ThemeId,
} from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError, forbidden, notFound } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { memberView as view } from '../organisations/member-view.js';
import type { MentorProfileDto } from './dto/mentor.dto.js';
import { MentorEligibilityService } from './mentor-eligibility.service.js';
import { MentorsRepository } from './mentors.repository.js';
import { MembershipsService } from '../organisations/memberships.service.js';

/** Mentor profiles: one's own (opt in, pause, stop), the listing for seekers, and the facilitators' overview. */
@Injectable()
export class MentorsService {
  constructor(
    private readonly repo: MentorsRepository,
    private readonly memberships: MembershipsService,
    private readonly eligibility: MentorEligibilityService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async mine(actor: Actor): Promise<MyMentorProfile> {
    const p = await this.repo.profile(actor.membershipId);
    const activeMentees = await this.repo.activeMenteeCount(actor.membershipId);
    return {
      profile: p
        ? {
            intro: p.intro,
            themes: p.themes,
            languages: p.languages,
            availability: p.availability,
            maxMentees: p.max_mentees,
            status: p.status,
          }
        : null,
      eligibility: (await this.eligibility.forMembers([actor.membershipId])).get(actor.membershipId)!,
      activeMentees,
    };
  }

  /** "Ik wil er zijn voor anderen": only after a completed traject; listing also needs getuigenis. */
  async optIn(actor: Actor, dto: MentorProfileDto): Promise<MyMentorProfile> {
    if (!(await this.repo.completedATraject(actor.membershipId)))
      throw new AppError(409, 'CONFLICT', 'Mentor worden kan na het afronden van een traject.');
    await this.repo.saveProfile({
      membershipId: actor.membershipId,
      organisationId: actor.organisationId,
      intro: dto.intro.trim(),
      themes: dto.themes,
      languages: dto.languages,
      availability: dto.availability,
      maxMentees: dto.maxMentees,
    });
    await this.audit.record(actor, 'mentor.opt_in', { subjectMembershipId: actor.membershipId });
    return this.mine(actor);
  }

  /** Pause, resume or stop at any time; stopping ends nothing abruptly: open mentorships stay. */
  async setStatus(actor: Actor, status: MentorStatus): Promise<MyMentorProfile> {
    if (!(await this.repo.setStatus(actor.membershipId, status)))
      throw notFound('Je hebt je nog niet aangemeld als mentor.');
    return this.mine(actor);
  }

  /** "Een mentor vinden": eligible, opted-in mentors ranked for the seeker, with the reasons. */
  async find(
    actor: Actor,
    prefs: { language?: string; availability?: AvailabilitySlot },
  ): Promise<MentorListing[]> {
    const profiles = await this.repo.listable(actor.organisationId, actor.membershipId);
    const eligible = await this.eligibility.forMembers(profiles.map((p) => p.membership_id));
    const listed = profiles.filter((p) => eligible.get(p.membership_id)?.eligible);
    const ids = [actor.membershipId, ...listed.map((p) => p.membership_id)];
    const recognised = await this.repo.recognitionsGiven(ids);
    const recognisedBy = (id: string) => recognised.filter((r) => r.from_id === id).map((r) => r.to_id);
    const seekerThemes = await this.repo.themesOf(actor.membershipId);
    const load = await this.repo.openLoad(ids);
    const openOf = (id: string) => load.find((l) => l.id === id)?.n ?? 0;
    const candidates: MentorCandidate[] = listed.map((p) => ({
      memberId: p.membership_id,
      themes: p.themes as ThemeId[],
      languages: p.languages,
      availability: p.availability as AvailabilitySlot[],
      recognisedMemberIds: recognisedBy(p.membership_id),
      activeMentees: openOf(p.membership_id),
      maxMentees: p.max_mentees,
    }));
    const ranked = rankMentors(
      {
        memberId: actor.membershipId,
        themes: seekerThemes,
        languages: prefs.language ? [prefs.language] : ['nl'],
        availability: prefs.availability ? [prefs.availability] : undefined,
        recognisedMemberIds: recognisedBy(actor.membershipId),
      },
      candidates,
    );
    const byId = new Map(listed.map((p) => [p.membership_id, p]));
    return ranked.map((r) => {
      const p = byId.get(r.memberId)!;
      return {
        mentor: view(p.membership_id, p.display_name, p.avatar_color),
        intro: p.intro,
        themes: p.themes,
        languages: p.languages,
        availability: p.availability,
        placesLeft: Math.max(0, p.max_mentees - openOf(p.membership_id)),
        score: r.score,
        reasons: r.reasons,
      };
    });
  }

  /**
   * For facilitators: mentors with their load (to prevent burnout) and members who would be eligible
   * but have not opted in. Counts only: never the content of 1:1 conversations.
   */
  async overview(actor: Actor): Promise<MentorOverview> {
    if (actor.role === 'participant') throw forbidden('Dit overzicht is voor begeleiders.');
    const mentors = await this.repo.mentorsWithLoad(actor.organisationId);
    const alumni = await this.repo.alumniWithoutProfile(actor.organisationId);
    const eligibility = await this.eligibility.forMembers(alumni.map((a) => a.id));
    // Alumni of the trajecten this person sees (all for admins, their own for facilitators), each once,
    // with their latest traject: whose getuigenis they can confirm.
    const ownAlumni = await this.repo.alumniOf(
      actor.organisationId,
      actor.role === 'admin' ? null : actor.membershipId,
    );
    await this.audit.record(actor, 'mentors.overview', {
      targetType: 'organisation',
      targetId: actor.organisationId,
    });
    return {
      mentors: mentors.map((p) => ({
        mentor: view(p.membership_id, p.display_name, p.avatar_color),
        status: p.status,
        maxMentees: p.max_mentees,
        active: p.active,
        requested: p.requested,
        ended: p.ended,
        load: p.max_mentees > 0 ? Math.round(((p.active + p.requested) / p.max_mentees) * 100) / 100 : 0,
      })),
      eligibleNotOptedIn: alumni
        .filter((a) => eligibility.get(a.id)?.eligibleIfOptedIn)
        .map((a) => view(a.id, a.display_name, a.avatar_color)),
      alumni: ownAlumni.map((a) => ({
        member: view(a.id, a.display_name, a.avatar_color),
        trajectName: a.traject_name,
        // What a facilitator already recorded, so the page offers only the change, not both answers.
        getuigenisConfirmed: a.confirmed,
      })),
    };
  }

  /** A gentle invitation, never an automatic listing. */
  async invite(actor: Actor, membershipId: string): Promise<void> {
    if (actor.role === 'participant') throw forbidden();
    if (!(await this.memberships.isActive(actor.organisationId, membershipId)))
      throw notFound('Dit lid bestaat niet in jouw organisatie.');
    await this.notifications.notify({
      organisationId: actor.organisationId,
      recipients: [membershipId],
      kind: 'mentor_invite',
      actorMembershipId: actor.membershipId,
    });
    await this.audit.record(actor, 'mentor.invite', { subjectMembershipId: membershipId });
  }

  /**
   * Getuigenis is confirmed by someone who saw the person's path: a facilitator of a traject they took
   * part in (admins: anyone in the organisation). Anyone else learns nothing (404). The check and the
   * write are one statement, so a refusal writes nothing.
   */
  async confirmGetuigenis(actor: Actor, membershipId: string, confirmed: boolean): Promise<void> {
    if (actor.role === 'participant') throw forbidden();
    if (!isUuid(membershipId)) throw notFound('Dit lid bestaat niet in jouw organisatie.');
    const saved = await this.repo.confirmGetuigenis({
      membershipId,
      organisationId: actor.organisationId,
      confirmed,
      by: actor.membershipId,
      admin: actor.role === 'admin',
    });
    if (!saved) throw notFound('Dit lid staat niet in jouw overzicht.');
    await this.audit.record(actor, 'mentor.getuigenis_confirm', {
      subjectMembershipId: membershipId,
      details: { confirmed },
    });
  }
}
