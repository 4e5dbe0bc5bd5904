import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  CaughtMailView,
  DeliveryStatus,
  DeliveryView,
  OutreachKind,
  OutreachPreference,
} from '@spiegel/domain';

export interface EmailAddressRow {
  membership_id: string;
  organisation_id: string;
  address: string;
  locale: string;
  verified_at: Date | null;
  unverified_reason: 'bounced' | null;
  unsubscribe_secret: string;
}

export interface PreferenceRow {
  membership_id: string;
  preferences: OutreachPreference[];
  quiet_from: string | null;
  quiet_to: string | null;
  crisis_in_quiet_hours: boolean;
  consented_at: Date;
}

/** Who a notification goes to, as outreach needs it: role for the defaults, place and organisation names. */
export interface RecipientContext {
  membership_id: string;
  organisation_id: string;
  role: 'participant' | 'facilitator' | 'admin';
  organisation_name: string;
}

export interface ClaimedDelivery {
  id: string;
  organisation_id: string;
  membership_id: string;
  channel: 'email' | 'push';
  kind: string;
  payload: Record<string, string | null>;
  attempts: number;
}

export interface NewDelivery {
  id: string;
  organisationId: string;
  membershipId: string;
  channel: 'email' | 'push';
  kind: OutreachKind | 'verification' | 'digest';
  idempotencyKey: string;
  payload: Record<string, string | null>;
}

/**
 * The outreach tables' SQL (addresses, preferences, deliveries, caught mails). Reads the names of
 * memberships, organisations and rooms for the mails' wording only; it never writes them.
 */
@Injectable()
export class OutreachRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async emailAddress(
    membershipId: string,
    em: EntityManager = this.ds.manager,
  ): Promise<EmailAddressRow | null> {
    const [row] = await em.query<EmailAddressRow[]>(
      `SELECT membership_id, organisation_id, address, locale, verified_at, unverified_reason, unsubscribe_secret
         FROM outreach_email_addresses WHERE membership_id = $1`,
      [membershipId],
    );
    return row ?? null;
  }

  async upsertEmailAddress(
    em: EntityManager,
    a: {
      membershipId: string;
      organisationId: string;
      address: string;
      locale: string;
      tokenHash: string;
      secret: string;
    },
  ): Promise<void> {
    await em.query(
      `INSERT INTO outreach_email_addresses
              (membership_id, organisation_id, address, locale, verified_at, verify_token_hash, unverified_reason, unsubscribe_secret)
       VALUES ($1, $2, $3, $4, NULL, $5, NULL, $6)
       ON CONFLICT (membership_id) DO UPDATE SET address = EXCLUDED.address, locale = EXCLUDED.locale, verified_at = NULL,
              verify_token_hash = EXCLUDED.verify_token_hash, unverified_reason = NULL, unsubscribe_secret = EXCLUDED.unsubscribe_secret`,
      [a.membershipId, a.organisationId, a.address, a.locale, a.tokenHash, a.secret],
    );
  }

  async forget(em: EntityManager, membershipId: string): Promise<void> {
    await em.query(
      `DELETE FROM outreach_caught_mails c USING outreach_email_addresses e
        WHERE e.membership_id = $1 AND c.organisation_id = e.organisation_id AND strpos(lower(c.to_address), e.address) > 0`,
      [membershipId],
    );
    await em.query(`DELETE FROM outreach_email_addresses WHERE membership_id = $1`, [membershipId]);
    await em.query(`DELETE FROM outreach_preferences WHERE membership_id = $1`, [membershipId]);
    await em.query(`DELETE FROM outreach_deliveries WHERE membership_id = $1`, [membershipId]);
    await em.query(`DELETE FROM outreach_calendar_feeds WHERE membership_id = $1`, [membershipId]);
  }

  async deleteEmailAddress(membershipId: string): Promise<void> {
    await this.ds.query(`DELETE FROM outreach_email_addresses WHERE membership_id = $1`, [membershipId]);
  }

  /** Verifies the address the token was sent to; returns whether one matched. */
  async verifyEmail(tokenHash: string): Promise<boolean> {
    const [, n] = (await this.ds.query(
      `UPDATE outreach_email_addresses SET verified_at = now(), verify_token_hash = NULL, unverified_reason = NULL
        WHERE verify_token_hash = $1`,
      [tokenHash],
    )) as [unknown, number];
    return n > 0;
  }

  /**
   * A bounce reported later (webhook): every membership with this address is unverified. Returns how
   * many; the address itself is compared lower-cased, as it is stored.
   */
  async markAddressBounced(address: string): Promise<number> {
    const [, n] = (await this.ds.query(
      `UPDATE outreach_email_addresses SET verified_at = NULL, unverified_reason = 'bounced'
        WHERE address = $1 AND (verified_at IS NOT NULL OR unverified_reason IS NULL)`,
      [address.trim().toLowerCase()],
    )) as [unknown, number];
    return n;
  }

  async markBounced(membershipId: string, address: string): Promise<void> {
    await this.ds.query(
      `UPDATE outreach_email_addresses SET verified_at = NULL, unverified_reason = 'bounced'
        WHERE membership_id = $1 AND address = $2`,
      [membershipId, address],
    );
  }

  async preferences(
    membershipId: string,
    em: EntityManager = this.ds.manager,
  ): Promise<PreferenceRow | null> {
    const [row] = await em.query<PreferenceRow[]>(
      `SELECT membership_id, preferences, quiet_from, quiet_to, crisis_in_quiet_hours, consented_at
         FROM outreach_preferences WHERE membership_id = $1`,
      [membershipId],
    );
    return row ?? null;
  }

  async savePreferences(
    membershipId: string,
    organisationId: string,
    preferences: OutreachPreference[],
    quiet: { from: string; to: string; crisisAlways?: boolean } | null,
  ): Promise<void> {
    await this.ds.query(
      `INSERT INTO outreach_preferences (membership_id, organisation_id, preferences, quiet_from, quiet_to, crisis_in_quiet_hours, consented_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, now())
       ON CONFLICT (membership_id) DO UPDATE SET preferences = EXCLUDED.preferences, quiet_from = EXCLUDED.quiet_from,
              quiet_to = EXCLUDED.quiet_to, crisis_in_quiet_hours = EXCLUDED.crisis_in_quiet_hours, consented_at = now()`,
      [
        membershipId,
        organisationId,
        JSON.stringify(preferences),
        quiet?.from ?? null,
        quiet?.to ?? null,
        quiet?.crisisAlways ?? false,
      ],
    );
  }

  /** Everything outreach needs about these recipients in one read; only live members of the organisation. */
  async recipients(
    organisationId: string,
    membershipIds: string[],
  ): Promise<(RecipientContext & { email: EmailAddressRow | null; prefs: PreferenceRow | null })[]> {
    const rows = await this.ds.query<
      (RecipientContext & {
        address: string | null;
        locale: string | null;
        verified_at: Date | null;
        unverified_reason: 'bounced' | null;
        unsubscribe_secret: string | null;
        preferences: OutreachPreference[] | null;
        quiet_from: string | null;
        quiet_to: string | null;
        crisis_in_quiet_hours: boolean | null;
        consented_at: Date | null;
      })[]
    >(
      `SELECT m.id AS membership_id, m.organisation_id, m.role, o.name AS organisation_name,
              e.address, e.locale, e.verified_at, e.unverified_reason, e.unsubscribe_secret,
              p.preferences, p.quiet_from, p.quiet_to, p.crisis_in_quiet_hours, p.consented_at
         FROM memberships m
         JOIN organisations o ON o.id = m.organisation_id
         LEFT JOIN outreach_email_addresses e ON e.membership_id = m.id
         LEFT JOIN outreach_preferences p ON p.membership_id = m.id
        WHERE m.organisation_id = $1 AND m.id = ANY($2::uuid[]) AND m.status = 'active'`,
      [organisationId, membershipIds],
    );
    return rows.map((r) => ({
      membership_id: r.membership_id,
      organisation_id: r.organisation_id,
      role: r.role,
      organisation_name: r.organisation_name,
      email:
        r.address === null
          ? null
          : {
              membership_id: r.membership_id,
              organisation_id: r.organisation_id,
              address: r.address,
              locale: r.locale ?? 'nl',
              verified_at: r.verified_at,
              unverified_reason: r.unverified_reason,
              unsubscribe_secret: r.unsubscribe_secret ?? '',
            },
      prefs:
        r.preferences === null
          ? null
          : {
              membership_id: r.membership_id,
              preferences: r.preferences,
              quiet_from: r.quiet_from,
              quiet_to: r.quiet_to,
              crisis_in_quiet_hours: r.crisis_in_quiet_hours ?? false,
              consented_at: r.consented_at ?? new Date(0),
            },
    }));
  }

  async displayName(organisationId: string, membershipId: string): Promise<string | null> {
    const [row] = await this.ds.query<{ display_name: string }[]>(
      `SELECT display_name FROM memberships WHERE id = $1 AND organisation_id = $2`,
      [membershipId, organisationId],
    );
    return row?.display_name ?? null;
  }

  async roomName(organisationId: string, roomId: string): Promise<string | null> {
    const [row] = await this.ds.query<{ name: string }[]>(
      `SELECT name FROM rooms WHERE id = $1 AND organisation_id = $2`,
      [roomId, organisationId],
    );
    return row?.name ?? null;
  }

  async organisationName(organisationId: string): Promise<string> {
    const [row] = await this.ds.query<{ name: string }[]>(`SELECT name FROM organisations WHERE id = $1`, [
      organisationId,
    ]);
    return row?.name ?? 'Spiegel';
  }

  /** Inserts the delivery unless its idempotency key exists; returns whether it was new. */
  async insertDelivery(em: EntityManager, d: NewDelivery): Promise<boolean> {
    const rows = await em.query<{ id: string }[]>(
      `INSERT INTO outreach_deliveries (id, organisation_id, membership_id, channel, kind, idempotency_key, payload)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [
        d.id,
        d.organisationId,
        d.membershipId,
        d.channel,
        d.kind,
        d.idempotencyKey,
        JSON.stringify(d.payload),
      ],
    );
    return rows.length > 0;
  }

  /** Takes a delivery for one attempt; null when it was already sent, skipped or failed (a repeat job). */
  async claim(id: string): Promise<ClaimedDelivery | null> {
    const [rows] = (await this.ds.query(
      `UPDATE outreach_deliveries SET attempts = attempts + 1
        WHERE id = $1 AND status IN ('queued', 'retrying')
        RETURNING id, organisation_id, membership_id, channel, kind, payload, attempts`,
      [id],
    )) as [ClaimedDelivery[], number];
    return rows[0] ?? null;
  }

  async finish(id: string, status: DeliveryStatus, lastError: string | null): Promise<void> {
    await this.ds.query(
      `UPDATE outreach_deliveries
          SET status = $2, last_error = $3,
              sent_at = CASE WHEN $2 = 'sent' THEN now() ELSE sent_at END,
              payload = CASE WHEN $2 IN ('sent', 'skipped') THEN '{}'::jsonb ELSE payload END
        WHERE id = $1`,
      [id, status, lastError],
    );
  }

  async overview(
    organisationId: string,
  ): Promise<{ backlog: number; failed: number; deliveries: DeliveryView[] }> {
    const [counts] = await this.ds.query<{ backlog: number; failed: number }[]>(
      `SELECT count(*) FILTER (WHERE status IN ('queued', 'retrying'))::int AS backlog,
              count(*) FILTER (WHERE status = 'failed')::int AS failed
         FROM outreach_deliveries WHERE organisation_id = $1`,
      [organisationId],
    );
    const rows = await this.ds.query<
      {
        id: string;
        channel: 'email' | 'push';
        kind: DeliveryView['kind'];
        membership_id: string;
        display_name: string | null;
        status: DeliveryStatus;
        attempts: number;
        last_error: string | null;
        created_at: Date;
        sent_at: Date | null;
      }[]
    >(
      `SELECT d.id, d.channel, d.kind, d.membership_id, m.display_name, d.status, d.attempts, d.last_error,
              d.created_at, d.sent_at
         FROM outreach_deliveries d LEFT JOIN memberships m ON m.id = d.membership_id
        WHERE d.organisation_id = $1
        ORDER BY (d.status IN ('queued', 'retrying', 'failed')) DESC, d.created_at DESC
        LIMIT 100`,
      [organisationId],
    );
    return {
      backlog: counts?.backlog ?? 0,
      failed: counts?.failed ?? 0,
      deliveries: rows.map((r) => ({
        id: r.id,
        channel: r.channel,
        kind: r.kind,
        recipient: { membershipId: r.membership_id, displayName: r.display_name ?? '' },
        status: r.status,
        attempts: r.attempts,
        lastError: r.last_error,
        createdAt: new Date(r.created_at).toISOString(),
        sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
      })),
    };
  }

  /**
   * Members due a digest for this frequency and period: per member the counts per kind of their
   * notifications in the period, only for kinds they want by e-mail at this frequency and only with a
   * verified address. One grouped read, whatever the number of members.
   */
  async digestCounts(
    frequency: 'daily' | 'weekly',
    from: Date,
    to: Date,
    kindMap: [string, OutreachKind][],
  ): Promise<
    {
      membership_id: string;
      organisation_id: string;
      locale: string;
      organisation_name: string;
      counts: Record<string, number>;
      quiet_from: string | null;
      quiet_to: string | null;
    }[]
  > {
    return this.ds.query(
      `WITH kinds(nkind, okind) AS (SELECT * FROM unnest($4::text[], $5::text[])),
            wanted AS (
              SELECT p.membership_id, elem->>'kind' AS okind
                FROM outreach_preferences p CROSS JOIN LATERAL jsonb_array_elements(p.preferences) elem
               WHERE (elem->>'email')::boolean AND elem->>'frequency' = $1),
            counted AS (
              SELECT n.recipient_membership_id AS membership_id, k.okind, count(*)::int AS n
                FROM notifications n
                JOIN kinds k ON k.nkind = n.kind
                JOIN wanted w ON w.membership_id = n.recipient_membership_id AND w.okind = k.okind
               WHERE n.created_at >= $2 AND n.created_at < $3
               GROUP BY 1, 2)
       SELECT c.membership_id, e.organisation_id, e.locale, o.name AS organisation_name,
              jsonb_object_agg(c.okind, c.n) AS counts, p.quiet_from, p.quiet_to
         FROM counted c
         JOIN outreach_email_addresses e ON e.membership_id = c.membership_id
              AND e.verified_at IS NOT NULL AND e.unverified_reason IS NULL
         JOIN organisations o ON o.id = e.organisation_id
         JOIN outreach_preferences p ON p.membership_id = c.membership_id
        GROUP BY c.membership_id, e.organisation_id, e.locale, o.name, p.quiet_from, p.quiet_to`,
      [frequency, from, to, kindMap.map((k) => k[0]), kindMap.map((k) => k[1])],
    );
  }

  /** Many deliveries at once; returns the ids that were new (a repeated key is skipped). */
  async insertDeliveries(em: EntityManager, ds: NewDelivery[]): Promise<string[]> {
    if (ds.length === 0) return [];
    const rows = await em.query<{ id: string }[]>(
      `INSERT INTO outreach_deliveries (id, organisation_id, membership_id, channel, kind, idempotency_key, payload)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::jsonb[])
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [
        ds.map((d) => d.id),
        ds.map((d) => d.organisationId),
        ds.map((d) => d.membershipId),
        ds.map((d) => d.channel),
        ds.map((d) => d.kind),
        ds.map((d) => d.idempotencyKey),
        ds.map((d) => JSON.stringify(d.payload)),
      ],
    );
    return rows.map((r) => r.id);
  }

  async organisationOfDelivery(id: string): Promise<string | null> {
    const [row] = await this.ds.query<{ organisation_id: string }[]>(
      `SELECT organisation_id FROM outreach_deliveries WHERE id = $1`,
      [id],
    );
    return row?.organisation_id ?? null;
  }

  async insertCaughtMail(m: {
    organisationId: string | null;
    to: string;
    subject: string;
    text: string;
    html: string;
    listUnsubscribe: string | null;
  }): Promise<void> {
    await this.ds.query(
      `INSERT INTO outreach_caught_mails (organisation_id, to_address, subject, text, html, list_unsubscribe)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [m.organisationId, m.to, m.subject, m.text, m.html, m.listUnsubscribe],
    );
    // A demo aid, not an archive: the newest 200 per organisation.
    await this.ds.query(
      `DELETE FROM outreach_caught_mails WHERE organisation_id IS NOT DISTINCT FROM $1 AND id NOT IN (
         SELECT id FROM outreach_caught_mails WHERE organisation_id IS NOT DISTINCT FROM $1 ORDER BY id DESC LIMIT 200)`,
      [m.organisationId],
    );
  }

  async caughtMailHtml(organisationId: string, id: string): Promise<string | null> {
    const [row] = await this.ds.query<{ html: string }[]>(
      `SELECT html FROM outreach_caught_mails WHERE id = $1 AND organisation_id = $2`,
      [id, organisationId],
    );
    return row?.html ?? null;
  }

  async caughtMails(organisationId: string): Promise<CaughtMailView[]> {
    const rows = await this.ds.query<
      {
        id: string;
        to_address: string;
        subject: string;
        text: string;
        html: string;
        list_unsubscribe: string | null;
        received_at: Date;
      }[]
    >(
      `SELECT id, to_address, subject, text, html, list_unsubscribe, received_at FROM outreach_caught_mails
        WHERE organisation_id = $1 ORDER BY id DESC LIMIT 50`,
      [organisationId],
    );
    return rows.map((r) => ({
      id: String(r.id),
      to: r.to_address,
      subject: r.subject,
      text: r.text,
      html: r.html,
      listUnsubscribe: r.list_unsubscribe,
      receivedAt: new Date(r.received_at).toISOString(),
    }));
  }
}
