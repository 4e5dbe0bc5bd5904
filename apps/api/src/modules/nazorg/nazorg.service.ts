import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AlumnusRow,
  type FollowUpKind,
  type Msg,
  type NazorgOverview,
  type ZwartGatLevel,
  zwartGatRisk,
} from '@spiegel/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { AppError, forbidden, notFound } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { isUuid } from '../../common/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { RoomsService } from '../rooms/rooms.service.js';
import { type Alumnus, loadZwartGatInputs } from './zwart-gat-inputs.js';

/** Alumni are watched for this long after their traject ended. */
export const FOLLOW_UP_DAYS = 183;

@Injectable()
export class NazorgService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
    private readonly rooms: RoomsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Computes and stores zwart-gat risk for every alumnus in their first six months after the end
   * (optionally one organisation). A rise to `hoog` notifies the traject's facilitators, without content.
   */
  async computeAll(organisationId?: string): Promise<{ computed: number; raisedToHoog: number }> {
    const now = this.clock.now();
    const alumni = await this.ds.query<
      {
        membership_id: string;
        organisation_id: string;
        traject_id: string;
        completed_at: Date;
        consent_follow_up: boolean;
        traject_name: string;
      }[]
    >(
      `SELECT e.membership_id, e.organisation_id, e.traject_id, e.completed_at, e.consent_follow_up, t.name AS traject_name
         FROM enrolments e JOIN trajecten t ON t.id = e.traject_id JOIN memberships m ON m.id = e.membership_id
        WHERE e.status = 'completed' AND m.status = 'active'
          AND e.completed_at > $1::timestamptz - make_interval(days => $2) AND e.completed_at <= $1
          AND ($3::uuid IS NULL OR e.organisation_id = $3)`,
      [now, FOLLOW_UP_DAYS, organisationId ?? null],
    );
    const batch: Alumnus[] = alumni.map((a) => ({
      membershipId: a.membership_id,
      organisationId: a.organisation_id,
      trajectId: a.traject_id,
      endedAt: new Date(a.completed_at),
    }));
    const inputs = await loadZwartGatInputs(this.ds, batch, now);
    const previous = await this.ds.query<
      { membership_id: string; traject_id: string; level: ZwartGatLevel }[]
    >(
      `SELECT DISTINCT ON (membership_id, traject_id) membership_id, traject_id, level FROM zwart_gat_scores
        WHERE membership_id = ANY($1::uuid[]) ORDER BY membership_id, traject_id, computed_at DESC, id DESC`,
      [batch.map((b) => b.membershipId)],
    );
    const before = new Map(previous.map((p) => [`${p.traject_id}:${p.membership_id}`, p.level]));
    const scored = alumni.map((a) => {
      const key = `${a.traject_id}:${a.membership_id}`;
      const input = inputs.get(key)!;
      const risk = zwartGatRisk(input, now);
      const last = input.activity.last;
      return { a, key, risk, last };
    });
    // One INSERT for the whole batch (thousands of alumni): a round trip each was most of the job's time.
    for (let i = 0; i < scored.length; i += 5000) {
      const chunk = scored.slice(i, i + 5000);
      await this.ds.query(
        `INSERT INTO zwart_gat_scores (organisation_id, traject_id, membership_id, computed_at, score, level, reasons, last_activity_at)
         SELECT o, t, m, $4::timestamptz, s, l, r::jsonb, la
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $5::real[], $6::text[], $7::text[], $8::timestamptz[])
             AS x(o, t, m, s, l, r, la)`,
        [
          chunk.map((c) => c.a.organisation_id),
          chunk.map((c) => c.a.traject_id),
          chunk.map((c) => c.a.membership_id),
          now,
          chunk.map((c) => c.risk.score),
          chunk.map((c) => c.risk.level),
          chunk.map((c) => JSON.stringify(c.risk.reasons)),
          chunk.map((c) => c.last),
        ],
      );
    }
    let raised = 0;
    for (const { a, key, risk } of scored) {
      if (risk.level === 'hoog' && before.get(key) !== 'hoog' && a.consent_follow_up) {
        raised++;
        const facilitators = await this.ds.query<{ membership_id: string }[]>(
          `SELECT membership_id FROM traject_facilitators WHERE traject_id = $1`,
          [a.traject_id],
        );
        await this.notifications.notify({
          organisationId: a.organisation_id,
          recipients: facilitators.map((f) => f.membership_id),
          kind: 'zwart_gat_high',
          actorMembershipId: a.membership_id,
          data: { trajectId: a.traject_id, trajectName: a.traject_name, level: 'hoog' },
        });
      }
    }
    return { computed: alumni.length, raisedToHoog: raised };
  }

  /** The "Na afloop" page: alumni of the caller's trajecten (all trajecten for admins). */
  async overview(actor: Actor, trajectId?: string): Promise<NazorgOverview> {
    if (actor.role === 'participant') throw forbidden('Dit overzicht is voor begeleiders.');
    const now = this.clock.now();
    const rows = await this.ds.query<
      {
        membership_id: string;
        display_name: string;
        avatar_color: string;
        traject_id: string;
        traject_name: string;
        completed_at: Date;
        consent_follow_up: boolean;
      }[]
    >(
      `SELECT e.membership_id, m.display_name, m.avatar_color, e.traject_id, t.name AS traject_name, e.completed_at, e.consent_follow_up
         FROM enrolments e JOIN trajecten t ON t.id = e.traject_id JOIN memberships m ON m.id = e.membership_id
        WHERE e.organisation_id = $1 AND e.status = 'completed' AND m.status = 'active'
          AND e.completed_at > $2::timestamptz - make_interval(days => $3)
          AND ($4::uuid IS NULL OR e.traject_id = $4)
          AND ($5 OR EXISTS (SELECT 1 FROM traject_facilitators f WHERE f.traject_id = e.traject_id AND f.membership_id = $6))`,
      [
        actor.organisationId,
        now,
        FOLLOW_UP_DAYS,
        trajectId ?? null,
        actor.role === 'admin',
        actor.membershipId,
      ],
    );
    const ids = rows.map((r) => r.membership_id);
    const scores = await this.ds.query<
      {
        membership_id: string;
        traject_id: string;
        computed_at: Date;
        score: number;
        level: ZwartGatLevel;
        reasons: Msg[];
        last_activity_at: Date | null;
      }[]
    >(
      `SELECT membership_id, traject_id, computed_at, score, level, reasons, last_activity_at FROM zwart_gat_scores
        WHERE membership_id = ANY($1::uuid[]) ORDER BY computed_at DESC, id DESC`,
      [ids],
    );
    const actions = await this.ds.query<
      {
        membership_id: string;
        kind: FollowUpKind;
        note: string | null;
        snooze_until: Date | null;
        created_at: Date;
        by_name: string;
      }[]
    >(
      `SELECT a.membership_id, a.kind, a.note, a.snooze_until, a.created_at, m.display_name AS by_name
         FROM follow_up_actions a JOIN memberships m ON m.id = a.facilitator_membership_id
        WHERE a.membership_id = ANY($1::uuid[]) ORDER BY a.created_at DESC, a.id DESC`,
      [ids],
    );
    const mentored = new Set(
      (
        await this.ds.query<{ m: string }[]>(
          `SELECT DISTINCT mentee_membership_id AS m FROM mentorships WHERE mentee_membership_id = ANY($1::uuid[]) AND status = 'active'`,
          [ids],
        )
      ).map((r) => r.m),
    );
    const byLevel: NazorgOverview['totals']['byLevel'] = { laag: 0, midden: 0, hoog: 0, onbekend: 0 };
    const listed: AlumnusRow[] = [];
    for (const r of rows) {
      const mine = scores.filter((s) => s.membership_id === r.membership_id && s.traject_id === r.traject_id);
      const latest = mine[0];
      // Someone who did not consent is neither listed nor counted by level: the levels add up to the
      // cards shown (and a non-consenting person's risk is not told even as a number).
      if (!r.consent_follow_up) continue;
      byLevel[latest?.level ?? 'onbekend']++;
      const acts = actions.filter((a) => a.membership_id === r.membership_id);
      const contact = acts.find((a) => a.kind !== 'snooze');
      const snooze = acts.find(
        (a) => a.kind === 'snooze' && a.snooze_until && new Date(a.snooze_until) > now,
      );
      listed.push({
        member: { membershipId: r.membership_id, displayName: r.display_name, avatarColor: r.avatar_color },
        trajectId: r.traject_id,
        trajectName: r.traject_name,
        completedAt: new Date(r.completed_at).toISOString(),
        score: latest?.score ?? null,
        level: latest?.level ?? null,
        reasons: latest?.reasons ?? [],
        computedAt: latest ? new Date(latest.computed_at).toISOString() : null,
        lastActivityAt: latest?.last_activity_at ? new Date(latest.last_activity_at).toISOString() : null,
        history: mine
          .slice(0, 30)
          .reverse()
          .map((s) => ({
            computedAt: new Date(s.computed_at).toISOString(),
            score: s.score,
            level: s.level,
          })),
        lastContact: contact
          ? {
              at: new Date(contact.created_at).toISOString(),
              kind: contact.kind,
              by: contact.by_name,
              note: contact.note,
            }
          : null,
        snoozedUntil: snooze?.snooze_until ? new Date(snooze.snooze_until).toISOString() : null,
        hasMentor: mentored.has(r.membership_id),
      });
    }
    listed.sort(
      (a, b) =>
        Number(a.snoozedUntil !== null) - Number(b.snoozedUntil !== null) ||
        (b.score ?? -1) - (a.score ?? -1),
    );
    const [last] = await this.ds.query<{ at: Date | null }[]>(
      `SELECT max(computed_at) AS at FROM zwart_gat_scores WHERE organisation_id = $1`,
      [actor.organisationId],
    );
    await this.audit.record(actor, 'nazorg.view', {
      subjectIds: listed.map((a) => a.member.membershipId),
      targetType: 'traject',
      targetId: trajectId ?? 'all',
      details: { listed: listed.length },
    });
    return {
      totals: { alumni: rows.length, consented: rows.filter((r) => r.consent_follow_up).length, byLevel },
      alumni: listed,
      lastRunAt: last?.at ? new Date(last.at).toISOString() : null,
    };
  }

  /** Opens (or reuses) a 1:1 conversation with an alumnus who agreed to be contacted. */
  async message(actor: Actor, membershipId: string): Promise<{ roomId: string }> {
    const trajectId = await this.followable(actor, membershipId);
    const roomId = await this.rooms.openDirectBetween(actor.organisationId, actor.membershipId, membershipId);
    await this.record(actor, membershipId, trajectId, 'message', null, null);
    await this.notifications.notify({
      organisationId: actor.organisationId,
      recipients: [membershipId],
      kind: 'followup_message',
      roomId,
      actorMembershipId: actor.membershipId,
    });
    return { roomId };
  }

  async contact(actor: Actor, membershipId: string, note?: string): Promise<void> {
    const trajectId = await this.followable(actor, membershipId);
    await this.record(actor, membershipId, trajectId, 'contact_gehad', note?.trim() || null, null);
  }

  async snooze(actor: Actor, membershipId: string, days: number): Promise<void> {
    const trajectId = await this.followable(actor, membershipId);
    await this.record(
      actor,
      membershipId,
      trajectId,
      'snooze',
      null,
      new Date(this.clock.now().getTime() + days * 86_400_000),
    );
  }

  async suggestMentor(actor: Actor, membershipId: string, mentorId: string): Promise<void> {
    const trajectId = await this.followable(actor, membershipId);
    const [mentor] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM mentor_profiles WHERE membership_id = $1 AND organisation_id = $2 AND status = 'active'`,
      [mentorId, actor.organisationId],
    );
    if (!mentor?.n) throw notFound('Deze mentor bestaat niet of is niet beschikbaar.');
    await this.record(actor, membershipId, trajectId, 'mentor_suggested', null, null);
    await this.notifications.notify({
      organisationId: actor.organisationId,
      recipients: [membershipId],
      kind: 'mentor_suggested',
      actorMembershipId: actor.membershipId,
      data: { mentorMembershipId: mentorId },
    });
  }

  /**
   * The traject through which the caller may follow up this person: they completed it, consented to
   * follow-up, and the caller facilitates it (or is an admin). Otherwise the person is not listed: 404.
   */
  private async followable(actor: Actor, membershipId: string): Promise<string> {
    if (actor.role === 'participant') throw forbidden('Dit is voor begeleiders.');
    if (!isUuid(membershipId)) throw notFound();
    const [row] = await this.ds.query<{ traject_id: string }[]>(
      `SELECT e.traject_id FROM enrolments e
        WHERE e.membership_id = $1 AND e.organisation_id = $2 AND e.status = 'completed' AND e.consent_follow_up
          AND ($3 OR EXISTS (SELECT 1 FROM traject_facilitators f WHERE f.traject_id = e.traject_id AND f.membership_id = $4))
        ORDER BY e.completed_at DESC LIMIT 1`,
      [membershipId, actor.organisationId, actor.role === 'admin', actor.membershipId],
    );
    if (!row) throw new AppError(404, 'NOT_FOUND', 'Deze oud-deelnemer staat niet in jouw overzicht.');
    return row.traject_id;
  }

  private async record(
    actor: Actor,
    membershipId: string,
    trajectId: string,
    kind: FollowUpKind,
    note: string | null,
    snoozeUntil: Date | null,
  ) {
    await this.ds.query(
      `INSERT INTO follow_up_actions (organisation_id, traject_id, membership_id, facilitator_membership_id, kind, note, snooze_until, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        actor.organisationId,
        trajectId,
        membershipId,
        actor.membershipId,
        kind,
        note,
        snoozeUntil,
        this.clock.now(),
      ],
    );
    await this.audit.record(actor, `nazorg.${kind}`, {
      subjectMembershipId: membershipId,
      targetType: 'traject',
      targetId: trajectId,
    });
  }
}
