import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AvailabilitySlot,
  type MentorCandidate,
  type MentorEligibility,
  mentorEligibility,
  type MentorLanguage,
  type MentorListing,
  type MentorOverview,
  type MentorshipStatus,
  type MentorshipView,
  type MentorStatus,
  type MyMentorProfile,
  rankMentors,
  type RoomMemberView,
  type ThemeId,
} from '@spiegel/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { AppError, forbidden, notFound } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { newId } from '../../common/crypto.js';
import { isUuid } from '../../common/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { PathLoader } from '../insight/path-loader.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { RoomsService } from '../rooms/rooms.service.js';
import type { MentorProfileDto } from './dto/mentor.dto.js';

interface ProfileRow {
  membership_id: string;
  display_name: string;
  avatar_color: string;
  intro: string;
  themes: ThemeId[];
  languages: MentorLanguage[];
  availability: AvailabilitySlot[];
  max_mentees: number;
  status: MentorStatus;
}

const OPEN: MentorshipStatus[] = ['requested', 'active'];
const view = (id: string, name: string, color: string): RoomMemberView => ({
  membershipId: id,
  displayName: name,
  avatarColor: color,
});

/** A zwart-gat score counts for mentoring while it is this fresh (the job scores alumni in follow-up daily). */
const RECENT_SCORE_DAYS = 7;

@Injectable()
export class MentorsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly paths: PathLoader,
    private readonly rooms: RoomsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /** Eligibility from the domain rules, with every input read from the database. */
  async eligibility(
    membershipIds: string[],
    em: EntityManager = this.ds.manager,
  ): Promise<Map<string, MentorEligibility>> {
    const now = this.clock.now();
    const out = new Map<string, MentorEligibility>();
    if (membershipIds.length === 0) return out;
    const facts = await em.query<
      {
        id: string;
        completed: boolean;
        confirmed: boolean | null;
        status: MentorStatus | null;
        max_mentees: number | null;
        open: number;
        acute_at: Date | null;
        zwart_gat_high: boolean;
      }[]
    >(
      `SELECT m.id,
              EXISTS (SELECT 1 FROM enrolments e WHERE e.membership_id = m.id AND e.status = 'completed') AS completed,
              (SELECT g.confirmed FROM getuigenis_confirmations g WHERE g.membership_id = m.id) AS confirmed,
              p.status, p.max_mentees,
              (SELECT count(*) FROM mentorships x WHERE x.mentor_membership_id = m.id AND x.status IN ('requested', 'active'))::int AS open,
              (SELECT max(c.created_at) FROM contributions c WHERE c.author_membership_id = m.id AND c.crisis = 'acute') AS acute_at,
              -- The latest zwart-gat level, if the daily job scored them recently (in their follow-up).
              COALESCE((SELECT s.level = 'hoog' FROM zwart_gat_scores s
                         WHERE s.membership_id = m.id AND s.computed_at > $2::timestamptz - make_interval(days => $3)
                         ORDER BY s.computed_at DESC, s.id DESC LIMIT 1), false) AS zwart_gat_high
         FROM memberships m LEFT JOIN mentor_profiles p ON p.membership_id = m.id
        WHERE m.id = ANY($1::uuid[])`,
      [membershipIds, now, RECENT_SCORE_DAYS],
    );
    const paths = await this.paths.paths(membershipIds, now);
    for (const f of facts) {
      const path = paths.get(f.id);
      out.set(
        f.id,
        mentorEligibility(
          {
            trajectCompleted: f.completed,
            getuigenisReached: path?.phasesReached.some((p) => p.phase === 'getuigenis') ?? false,
            getuigenisConfirmedByFacilitator: f.confirmed ?? undefined,
            optedIn: f.status === 'active' || f.status === 'paused',
            paused: f.status === 'paused',
            maxMentees: f.max_mentees ?? 2,
            activeMentees: f.open,
            lastAcuteCrisisAt: f.acute_at ? new Date(f.acute_at) : null,
            zwartGatHigh: f.zwart_gat_high,
          },
          now,
        ),
      );
    }
    return out;
  }

  async mine(actor: Actor): Promise<MyMentorProfile> {
    const [p] = await this.ds.query<ProfileRow[]>(`SELECT * FROM mentor_profiles WHERE membership_id = $1`, [
      actor.membershipId,
    ]);
    const [open] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM mentorships WHERE mentor_membership_id = $1 AND status = 'active'`,
      [actor.membershipId],
    );
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
      eligibility: (await this.eligibility([actor.membershipId])).get(actor.membershipId)!,
      activeMentees: open?.n ?? 0,
    };
  }

  /** "Ik wil er zijn voor anderen": only after a completed traject; listing also needs getuigenis. */
  async optIn(actor: Actor, dto: MentorProfileDto): Promise<MyMentorProfile> {
    const [done] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM enrolments WHERE membership_id = $1 AND status = 'completed'`,
      [actor.membershipId],
    );
    if (!done?.n) throw new AppError(409, 'CONFLICT', 'Mentor worden kan na het afronden van een traject.');
    await this.ds.query(
      `INSERT INTO mentor_profiles (membership_id, organisation_id, intro, themes, languages, availability, max_mentees, status, updated_at)
       VALUES ($1, $2, $3, $4::text[], $5::text[], $6::text[], $7, 'active', now())
       ON CONFLICT (membership_id) DO UPDATE SET intro = $3, themes = $4::text[], languages = $5::text[], availability = $6::text[],
         max_mentees = $7, status = CASE WHEN mentor_profiles.status = 'stopped' THEN 'active' ELSE mentor_profiles.status END, updated_at = now()`,
      [
        actor.membershipId,
        actor.organisationId,
        dto.intro.trim(),
        dto.themes,
        dto.languages,
        dto.availability,
        dto.maxMentees,
      ],
    );
    await this.audit.record(actor, 'mentor.opt_in', { subjectMembershipId: actor.membershipId });
    return this.mine(actor);
  }

  /** Pause, resume or stop at any time; stopping ends nothing abruptly: open mentorships stay. */
  async setStatus(actor: Actor, status: MentorStatus): Promise<MyMentorProfile> {
    const res = await this.ds.query<{ membership_id: string }[]>(
      `WITH u AS (UPDATE mentor_profiles SET status = $2, updated_at = now() WHERE membership_id = $1 RETURNING membership_id) SELECT * FROM u`,
      [actor.membershipId, status],
    );
    if (!res.length) throw notFound('Je hebt je nog niet aangemeld als mentor.');
    return this.mine(actor);
  }

  /** "Een mentor vinden": eligible, opted-in mentors ranked for the seeker, with the reasons. */
  async find(
    actor: Actor,
    prefs: { language?: string; availability?: AvailabilitySlot },
  ): Promise<MentorListing[]> {
    const profiles = await this.ds.query<ProfileRow[]>(
      `SELECT p.*, m.display_name, m.avatar_color FROM mentor_profiles p JOIN memberships m ON m.id = p.membership_id
        WHERE p.organisation_id = $1 AND p.status = 'active' AND m.status = 'active' AND p.membership_id <> $2
          AND NOT EXISTS (SELECT 1 FROM mentorships x WHERE x.mentor_membership_id = p.membership_id
                            AND x.mentee_membership_id = $2 AND x.status IN ('requested', 'active'))`,
      [actor.organisationId, actor.membershipId],
    );
    const eligible = await this.eligibility(profiles.map((p) => p.membership_id));
    const listed = profiles.filter((p) => eligible.get(p.membership_id)?.eligible);
    const ids = [actor.membershipId, ...listed.map((p) => p.membership_id)];
    const recognised = await this.ds.query<{ from_id: string; to_id: string }[]>(
      `SELECT DISTINCT from_membership_id AS from_id, to_membership_id AS to_id FROM recognition_evidence WHERE from_membership_id = ANY($1::uuid[])`,
      [ids],
    );
    const recognisedBy = (id: string) => recognised.filter((r) => r.from_id === id).map((r) => r.to_id);
    const seekerThemes = await this.ds.query<{ theme: ThemeId }[]>(
      `SELECT DISTINCT unnest(themes) AS theme FROM contributions WHERE author_membership_id = $1 AND deleted_at IS NULL`,
      [actor.membershipId],
    );
    const load = await this.ds.query<{ id: string; n: number }[]>(
      `SELECT mentor_membership_id AS id, count(*)::int AS n FROM mentorships WHERE mentor_membership_id = ANY($1::uuid[])
          AND status IN ('requested', 'active') GROUP BY mentor_membership_id`,
      [ids],
    );
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
        themes: seekerThemes.map((t) => t.theme),
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
   * Asks a mentor for contact. The mentor's row is locked while places are counted, so two seekers
   * asking for the last place at once cannot both get it.
   */
  async request(actor: Actor, mentorId: string, message: string): Promise<MentorshipView> {
    if (mentorId === actor.membershipId)
      throw new AppError(400, 'VALIDATION_FAILED', 'Je kunt jezelf niet als mentor kiezen.');
    if (!isUuid(mentorId)) throw notFound('Deze mentor bestaat niet.');
    const id = newId();
    await this.ds.transaction(async (em) => {
      const [p] = await em.query<{ max_mentees: number; status: MentorStatus }[]>(
        `SELECT max_mentees, status FROM mentor_profiles WHERE membership_id = $1 AND organisation_id = $2 FOR UPDATE`,
        [mentorId, actor.organisationId],
      );
      if (!p || p.status !== 'active') throw notFound('Deze mentor bestaat niet of is nu niet beschikbaar.');
      const eligibility = (await this.eligibility([mentorId], em)).get(mentorId);
      if (!eligibility?.eligible) throw new AppError(409, 'CONFLICT', 'Deze mentor heeft nu geen plek.');
      const [dup] = await em.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM mentorships WHERE mentor_membership_id = $1 AND mentee_membership_id = $2 AND status IN ('requested', 'active')`,
        [mentorId, actor.membershipId],
      );
      if (dup?.n) throw new AppError(409, 'CONFLICT', 'Je hebt deze mentor al gevraagd.');
      await em.query(
        `INSERT INTO mentorships (id, organisation_id, mentor_membership_id, mentee_membership_id, status, request_message, created_at)
         VALUES ($1, $2, $3, $4, 'requested', $5, $6)`,
        [id, actor.organisationId, mentorId, actor.membershipId, message.trim(), this.clock.now()],
      );
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
    await this.ds.query(`UPDATE mentorships SET status = $2, responded_at = $3, room_id = $4 WHERE id = $1`, [
      id,
      accept ? 'active' : 'declined',
      this.clock.now(),
      roomId,
    ]);
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
    await this.ds.query(`UPDATE mentorships SET status = $2, ended_at = $3, ended_by = $4 WHERE id = $1`, [
      id,
      status,
      this.clock.now(),
      actor.membershipId,
    ]);
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
    const rows = await this.ds.query<
      {
        id: string;
        mentor_membership_id: string;
        status: MentorshipStatus;
        request_message: string;
        room_id: string | null;
        created_at: Date;
        other_id: string;
        other_name: string;
        other_color: string;
        mentee_alumnus: boolean;
      }[]
    >(
      `SELECT x.id, x.mentor_membership_id, x.status, x.request_message, x.room_id, x.created_at,
              o.id AS other_id, o.display_name AS other_name, o.avatar_color AS other_color,
              EXISTS (SELECT 1 FROM enrolments e WHERE e.membership_id = x.mentee_membership_id
                         AND e.organisation_id = x.organisation_id AND e.status = 'completed') AS mentee_alumnus
         FROM mentorships x
         JOIN memberships o ON o.id = CASE WHEN x.mentor_membership_id = $1 THEN x.mentee_membership_id ELSE x.mentor_membership_id END
        WHERE (x.mentor_membership_id = $1 OR x.mentee_membership_id = $1) AND x.organisation_id = $2
        ORDER BY x.created_at DESC`,
      [actor.membershipId, actor.organisationId],
    );
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

  /**
   * For facilitators: mentors with their load (to prevent burnout) and members who would be eligible
   * but have not opted in. Counts only: never the content of 1:1 conversations.
   */
  async overview(actor: Actor): Promise<MentorOverview> {
    if (actor.role === 'participant') throw forbidden('Dit overzicht is voor begeleiders.');
    const mentors = await this.ds.query<
      (ProfileRow & { active: number; requested: number; ended: number })[]
    >(
      `SELECT p.*, m.display_name, m.avatar_color,
              (SELECT count(*) FROM mentorships x WHERE x.mentor_membership_id = p.membership_id AND x.status = 'active')::int AS active,
              (SELECT count(*) FROM mentorships x WHERE x.mentor_membership_id = p.membership_id AND x.status = 'requested')::int AS requested,
              (SELECT count(*) FROM mentorships x WHERE x.mentor_membership_id = p.membership_id AND x.status = 'ended')::int AS ended
         FROM mentor_profiles p JOIN memberships m ON m.id = p.membership_id
        WHERE p.organisation_id = $1 AND m.status = 'active' ORDER BY m.display_name`,
      [actor.organisationId],
    );
    const alumni = await this.ds.query<{ id: string; display_name: string; avatar_color: string }[]>(
      `SELECT DISTINCT m.id, m.display_name, m.avatar_color FROM enrolments e JOIN memberships m ON m.id = e.membership_id
        WHERE e.organisation_id = $1 AND e.status = 'completed' AND m.status = 'active'
          AND NOT EXISTS (SELECT 1 FROM mentor_profiles p WHERE p.membership_id = m.id)`,
      [actor.organisationId],
    );
    const eligibility = await this.eligibility(alumni.map((a) => a.id));
    // Alumni of the trajecten this person sees (all for admins, their own for facilitators), each once,
    // with their latest traject: whose getuigenis they can confirm.
    const ownAlumni = await this.ds.query<
      {
        id: string;
        display_name: string;
        avatar_color: string;
        traject_name: string;
        confirmed: boolean | null;
      }[]
    >(
      `SELECT * FROM (
         SELECT DISTINCT ON (m.id) m.id, m.display_name, m.avatar_color, t.name AS traject_name,
                (SELECT g.confirmed FROM getuigenis_confirmations g WHERE g.membership_id = m.id) AS confirmed
           FROM enrolments e JOIN memberships m ON m.id = e.membership_id AND m.status = 'active'
           JOIN trajecten t ON t.id = e.traject_id
          WHERE e.organisation_id = $1 AND e.status = 'completed'
            AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM traject_facilitators f
                                              WHERE f.traject_id = t.id AND f.membership_id = $2))
          ORDER BY m.id, e.completed_at DESC) x
        ORDER BY display_name, id`,
      [actor.organisationId, actor.role === 'admin' ? null : actor.membershipId],
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
    const [m] = await this.ds.query<{ id: string }[]>(
      `SELECT id FROM memberships WHERE id = $1 AND organisation_id = $2 AND status = 'active'`,
      [membershipId, actor.organisationId],
    );
    if (!m) throw notFound('Dit lid bestaat niet in jouw organisatie.');
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
    const rows = await this.ds.query<{ membership_id: string }[]>(
      `WITH allowed AS (
         SELECT m.id FROM memberships m
          WHERE m.id = $1 AND m.organisation_id = $2
            AND ($5 OR EXISTS (SELECT 1 FROM enrolments e JOIN traject_facilitators f ON f.traject_id = e.traject_id
                               WHERE e.membership_id = m.id AND e.status IN ('active', 'left', 'completed')
                                 AND f.membership_id = $4))),
       w AS (
         INSERT INTO getuigenis_confirmations (membership_id, organisation_id, confirmed, confirmed_by, at)
         SELECT id, $2, $3, $4, now() FROM allowed
         ON CONFLICT (membership_id) DO UPDATE SET confirmed = $3, confirmed_by = $4, at = now()
         RETURNING membership_id)
       SELECT membership_id FROM w`,
      [membershipId, actor.organisationId, confirmed, actor.membershipId, actor.role === 'admin'],
    );
    if (!rows.length) throw notFound('Dit lid staat niet in jouw overzicht.');
    await this.audit.record(actor, 'mentor.getuigenis_confirm', {
      subjectMembershipId: membershipId,
      details: { confirmed },
    });
  }

  private async own(actor: Actor, id: string) {
    if (!isUuid(id)) throw notFound('Dit mentorschap bestaat niet.');
    const [m] = await this.ds.query<
      { mentor_membership_id: string; mentee_membership_id: string; status: MentorshipStatus }[]
    >(
      `SELECT mentor_membership_id, mentee_membership_id, status FROM mentorships
        WHERE id = $1 AND organisation_id = $2 AND (mentor_membership_id = $3 OR mentee_membership_id = $3)`,
      [id, actor.organisationId, actor.membershipId],
    );
    if (!m) throw notFound('Dit mentorschap bestaat niet.');
    return m;
  }
}
