import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { OutreachPreference } from '@spiegel/domain';

/** One person who should hear about one session, with what the mail and the quiet hours need. */
export interface SessionRecipientRow {
  session_id: string;
  starts_at: Date;
  title: string;
  traject_id: string;
  traject_name: string;
  organisation_id: string;
  membership_id: string;
  role: 'participant' | 'facilitator' | 'admin';
  organisation_name: string;
  locale: string;
  preferences: OutreachPreference[] | null;
  quiet_from: string | null;
  quiet_to: string | null;
  crisis_in_quiet_hours: boolean | null;
  /** Session mails this person had for this session before (raises the calendar SEQUENCE). */
  earlier: number;
  /** Whether they have a verified address that takes mail (else only their devices may hear of it). */
  has_email: boolean;
}

/** A device that was pushed a reminder for a session that has since been cancelled. */
export interface SessionPushCancelRow extends Omit<SessionRecipientRow, 'earlier' | 'has_email' | 'locale'> {
  subscription_id: string;
}

export interface FeedSessionRow {
  session_id: string;
  starts_at: Date;
  title: string;
  traject_name: string;
  cancelled: boolean;
}

const RECIPIENT_COLUMNS = `m.role, o.name AS organisation_name, e.locale, p.preferences, p.quiet_from, p.quiet_to,
       p.crisis_in_quiet_hours`;

/**
 * SQL of session reminders and calendar feeds. It owns `outreach_calendar_feeds`; it reads trajecten,
 * their sessions, enrolments and facilitators (owned by trajecten) and never writes them.
 */
@Injectable()
export class SessionRemindersRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Everyone taking part in (active enrolment) or facilitating a session starting in [from, to) and
   * after `now`, of a traject still running and not cancelled, with a verified address or a device
   * that takes pushes (the service decides per channel by their choices).
   */
  async dueReminders(from: Date, to: Date, now: Date): Promise<SessionRecipientRow[]> {
    return this.ds.query(
      `WITH s AS (
         SELECT s.id AS session_id, s.starts_at, s.title, t.id AS traject_id, t.name AS traject_name, t.organisation_id
           FROM traject_schedule s JOIN traject_facts t ON t.id = s.traject_id
          WHERE s.starts_at >= $1 AND s.starts_at < $2 AND s.starts_at > $3
            AND t.completed_at IS NULL AND (t.closed_early_at IS NULL OR s.starts_at < t.closed_early_at)),
       people AS (
         SELECT s.*, en.membership_id FROM s JOIN traject_enrolments en ON en.traject_id = s.traject_id AND en.status = 'active'
         UNION
         SELECT s.*, f.membership_id FROM s JOIN traject_facilitator_links f ON f.traject_id = s.traject_id)
       SELECT x.*, ${RECIPIENT_COLUMNS},
              (SELECT count(*)::int FROM outreach_deliveries d
                WHERE d.membership_id = x.membership_id AND d.kind = 'trajecten'
                  AND d.idempotency_key LIKE 'session:' || x.session_id || ':%') AS earlier,
              (e.membership_id IS NOT NULL) AS has_email
         FROM people x
         JOIN member_names m ON m.id = x.membership_id AND m.status = 'active'
         JOIN organisation_names o ON o.id = x.organisation_id
         LEFT JOIN outreach_email_addresses e ON e.membership_id = x.membership_id
              AND e.verified_at IS NOT NULL AND e.unverified_reason IS NULL
         LEFT JOIN outreach_preferences p ON p.membership_id = x.membership_id
        WHERE e.membership_id IS NOT NULL
           OR EXISTS (SELECT 1 FROM outreach_push_subscriptions ps
                       WHERE ps.membership_id = x.membership_id AND ps.organisation_id = x.organisation_id)`,
      [from, to, now],
    );
  }

  /** People who were sent a reminder for a session that has since been cancelled, and no cancel yet. */
  async dueCancels(now: Date): Promise<SessionRecipientRow[]> {
    return this.ds.query(
      `SELECT DISTINCT ON (s.id, d.membership_id)
              s.id AS session_id, s.starts_at, s.title, t.id AS traject_id, t.name AS traject_name, t.organisation_id,
              d.membership_id, ${RECIPIENT_COLUMNS},
              (SELECT count(*)::int FROM outreach_deliveries c
                WHERE c.membership_id = d.membership_id AND c.kind = 'trajecten'
                  AND c.idempotency_key LIKE 'session:' || s.id || ':%') AS earlier,
              true AS has_email
         FROM traject_facts t
         JOIN traject_schedule s ON s.traject_id = t.id
         JOIN outreach_deliveries d ON d.organisation_id = t.organisation_id AND d.kind = 'trajecten'
              AND d.idempotency_key LIKE 'session:' || s.id || ':%' AND d.status IN ('queued', 'retrying', 'sent')
         JOIN member_names m ON m.id = d.membership_id AND m.status = 'active'
         JOIN organisation_names o ON o.id = t.organisation_id
         JOIN outreach_email_addresses e ON e.membership_id = d.membership_id
              AND e.verified_at IS NOT NULL AND e.unverified_reason IS NULL
         LEFT JOIN outreach_preferences p ON p.membership_id = d.membership_id
        WHERE t.closed_early_at IS NOT NULL AND s.starts_at >= t.closed_early_at AND s.starts_at > $1
          AND NOT EXISTS (SELECT 1 FROM outreach_deliveries c
                           WHERE c.idempotency_key = 'session-cancel:' || s.id || ':' || d.membership_id)`,
      [now],
    );
  }

  /**
   * Devices that were pushed a reminder (key `session-push:<session>:<member>:<start>:<device>`) for a
   * session since cancelled, and no cancel pushed to that device yet. A device that is gone since is
   * left out (nothing to tell).
   */
  async dueCancelsPush(now: Date): Promise<SessionPushCancelRow[]> {
    return this.ds.query(
      `SELECT DISTINCT ON (s.id, split_part(d.idempotency_key, ':', 5))
              s.id AS session_id, s.starts_at, s.title, t.id AS traject_id, t.name AS traject_name, t.organisation_id,
              d.membership_id, m.role, o.name AS organisation_name, p.preferences, p.quiet_from, p.quiet_to,
              p.crisis_in_quiet_hours, split_part(d.idempotency_key, ':', 5) AS subscription_id
         FROM traject_facts t
         JOIN traject_schedule s ON s.traject_id = t.id
         JOIN outreach_deliveries d ON d.organisation_id = t.organisation_id AND d.kind = 'trajecten'
              AND d.channel = 'push' AND d.idempotency_key LIKE 'session-push:' || s.id || ':%'
              AND d.status IN ('queued', 'retrying', 'sent')
         JOIN member_names m ON m.id = d.membership_id AND m.status = 'active'
         JOIN organisation_names o ON o.id = t.organisation_id
         JOIN outreach_push_subscriptions ps ON ps.id::text = split_part(d.idempotency_key, ':', 5)
              AND ps.membership_id = d.membership_id
         LEFT JOIN outreach_preferences p ON p.membership_id = d.membership_id
        WHERE t.closed_early_at IS NOT NULL AND s.starts_at >= t.closed_early_at AND s.starts_at > $1
          AND NOT EXISTS (SELECT 1 FROM outreach_deliveries c
                           WHERE c.idempotency_key = 'session-cancel-push:' || s.id || ':' || split_part(d.idempotency_key, ':', 5))`,
      [now],
    );
  }

  /**
   * The sessions of the trajecten someone takes part in (invited, active or completed) or facilitates,
   * from 60 days back: title, traject name and time only.
   */
  async feedSessions(organisationId: string, membershipId: string, since: Date): Promise<FeedSessionRow[]> {
    return this.ds.query(
      `SELECT s.id AS session_id, s.starts_at, s.title, t.name AS traject_name,
              (t.closed_early_at IS NOT NULL AND s.starts_at >= t.closed_early_at) AS cancelled
         FROM traject_schedule s JOIN traject_facts t ON t.id = s.traject_id
        WHERE t.organisation_id = $1 AND s.starts_at >= $3
          AND (EXISTS (SELECT 1 FROM traject_enrolments e WHERE e.traject_id = t.id AND e.membership_id = $2
                         AND e.status IN ('invited', 'active', 'completed'))
               OR EXISTS (SELECT 1 FROM traject_facilitator_links f WHERE f.traject_id = t.id AND f.membership_id = $2))
        ORDER BY s.starts_at
        LIMIT 500`,
      [organisationId, membershipId, since],
    );
  }

  async feed(membershipId: string): Promise<{ created_at: Date } | null> {
    const [row] = await this.ds.query<{ created_at: Date }[]>(
      `SELECT created_at FROM outreach_calendar_feeds WHERE membership_id = $1`,
      [membershipId],
    );
    return row ?? null;
  }

  /** A new token replaces the old one in one statement: the old link is dead the moment this commits. */
  async replaceFeed(membershipId: string, organisationId: string, tokenHash: string): Promise<Date> {
    const [row] = await this.ds.query<{ created_at: Date }[]>(
      `INSERT INTO outreach_calendar_feeds (membership_id, organisation_id, token_hash, created_at)
       VALUES ($1, $2, $3, now())
       ON CONFLICT (membership_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()
       RETURNING created_at`,
      [membershipId, organisationId, tokenHash],
    );
    return row!.created_at;
  }

  async deleteFeed(membershipId: string): Promise<void> {
    await this.ds.query(`DELETE FROM outreach_calendar_feeds WHERE membership_id = $1`, [membershipId]);
  }

  /** Whose feed this token opens: only a live membership. */
  async feedOwner(tokenHash: string): Promise<{ membership_id: string; organisation_id: string } | null> {
    const [row] = await this.ds.query<{ membership_id: string; organisation_id: string }[]>(
      `SELECT f.membership_id, f.organisation_id FROM outreach_calendar_feeds f
         JOIN member_names m ON m.id = f.membership_id AND m.status = 'active'
        WHERE f.token_hash = $1`,
      [tokenHash],
    );
    return row ?? null;
  }
}
