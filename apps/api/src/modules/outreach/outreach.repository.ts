import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { OutreachKind, OutreachPreference } from '@spiegel/domain';

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

/**
 * The outreach tables' SQL for addresses and preferences (deliveries and caught mails: DeliveriesRepository). Reads the names of
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
         FROM member_names m
         JOIN organisation_names o ON o.id = m.organisation_id
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

  async roomName(organisationId: string, roomId: string): Promise<string | null> {
    const [row] = await this.ds.query<{ name: string }[]>(
      `SELECT name FROM room_facts WHERE id = $1 AND organisation_id = $2`,
      [roomId, organisationId],
    );
    return row?.name ?? null;
  }

  /**
   * Members due a digest for this frequency and period: per member the counts per kind of their
   * notifications in the period, only for kinds they want by e-mail at this frequency and only with a
   * verified address, and only to people still in the organisation. One grouped read, whatever the number of members.
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
                FROM notification_facts n
                JOIN kinds k ON k.nkind = n.kind
                JOIN wanted w ON w.membership_id = n.recipient_membership_id AND w.okind = k.okind
               WHERE n.created_at >= $2 AND n.created_at < $3
               GROUP BY 1, 2)
       SELECT c.membership_id, e.organisation_id, e.locale, o.name AS organisation_name,
              jsonb_object_agg(c.okind, c.n) AS counts, p.quiet_from, p.quiet_to
         FROM counted c
         JOIN outreach_email_addresses e ON e.membership_id = c.membership_id
              AND e.verified_at IS NOT NULL AND e.unverified_reason IS NULL
         JOIN member_names m ON m.id = c.membership_id AND m.status = 'active'
         JOIN organisation_names o ON o.id = e.organisation_id
         JOIN outreach_preferences p ON p.membership_id = c.membership_id
        GROUP BY c.membership_id, e.organisation_id, e.locale, o.name, p.quiet_from, p.quiet_to`,
      [frequency, from, to, kindMap.map((k) => k[0]), kindMap.map((k) => k[1])],
    );
  }
}
