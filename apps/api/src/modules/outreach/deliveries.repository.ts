import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CaughtMailView, DeliveryStatus, DeliveryView, OutreachKind } from '@spiegel/domain';
import { stillReachable } from './reachable-sql.js';

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

/** The SQL on `outreach_deliveries` (the durable record of each e-mail and push) and `outreach_caught_mails`. */
@Injectable()
export class DeliveriesRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

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

  /**
   * Takes one delivery for an attempt; null when it was already sent, skipped or failed, or when its
   * recipient is no longer there (removed from the organisation, or, for news about a room, no longer in
   * it: `payload.roomId`, set from `membersOnlyRoom` when the delivery is made). A delivery can wait hours (quiet hours, retries): whether someone may still hear
   * of it is decided now, not when it was queued. Such a delivery is marked skipped and never sent.
   */
  async claim(id: string): Promise<ClaimedDelivery | null> {
    const [rows] = (await this.ds.query(
      `UPDATE outreach_deliveries SET attempts = attempts + 1
        WHERE id = $1 AND status IN ('queued', 'retrying')
        RETURNING id, organisation_id, membership_id, channel, kind, payload, attempts`,
      [id],
    )) as [ClaimedDelivery[], number];
    const d = rows[0];
    if (!d) return null;
    const [reach] = await this.ds.query<{ ok: boolean }[]>(
      `SELECT ${stillReachable('$1', '$2', '$3')} AS ok`,
      [d.membership_id, d.organisation_id, d.payload.roomId ?? null],
    );
    if (reach?.ok) return d;
    await this.finish(d.id, 'skipped', 'RECIPIENT_GONE');
    return null;
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
         FROM outreach_deliveries d LEFT JOIN member_names m ON m.id = d.membership_id
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
