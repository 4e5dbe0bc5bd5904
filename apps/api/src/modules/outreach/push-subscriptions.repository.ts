import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { PushDeviceView } from '@spiegel/domain';

export interface PushSubscriptionRow {
  id: string;
  membership_id: string;
  organisation_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  label: string;
  locale: string;
}

const toView = (r: {
  id: string;
  label: string;
  created_at: Date;
  last_success_at: Date | null;
}): PushDeviceView => ({
  id: r.id,
  label: r.label,
  createdAt: new Date(r.created_at).toISOString(),
  lastSuccessAt: r.last_success_at ? new Date(r.last_success_at).toISOString() : null,
});

/** The SQL of the push tables: devices per person, and the server's VAPID key pair. */
@Injectable()
export class PushSubscriptionsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The stored key pair, made from `candidate` by whichever instance asks first (the others read it). */
  async keys(candidate: () => { publicKey: string; privateKey: string }): Promise<{
    publicKey: string;
    privateKey: string;
  }> {
    const read = async () =>
      (
        await this.ds.query<{ public_key: string; private_key: string }[]>(
          `SELECT public_key, private_key FROM outreach_push_keys WHERE id = 1`,
        )
      )[0];
    let row = await read();
    if (!row) {
      const fresh = candidate();
      await this.ds.query(
        `INSERT INTO outreach_push_keys (id, public_key, private_key) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING`,
        [fresh.publicKey, fresh.privateKey],
      );
      row = await read();
    }
    return { publicKey: row!.public_key, privateKey: row!.private_key };
  }

  /** Adds the device, or takes it over (same endpoint: the same browser, now for this person). */
  async upsert(s: Omit<PushSubscriptionRow, 'id'> & { id: string }): Promise<PushDeviceView> {
    const [row] = await this.ds.query<
      { id: string; label: string; created_at: Date; last_success_at: Date | null }[]
    >(
      `INSERT INTO outreach_push_subscriptions (id, membership_id, organisation_id, endpoint, p256dh, auth, label, locale)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (endpoint) DO UPDATE SET membership_id = EXCLUDED.membership_id,
              organisation_id = EXCLUDED.organisation_id, p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth,
              label = EXCLUDED.label, locale = EXCLUDED.locale,
              created_at = CASE WHEN outreach_push_subscriptions.membership_id = EXCLUDED.membership_id
                                THEN outreach_push_subscriptions.created_at ELSE now() END,
              last_success_at = CASE WHEN outreach_push_subscriptions.membership_id = EXCLUDED.membership_id
                                THEN outreach_push_subscriptions.last_success_at ELSE NULL END
       RETURNING id, label, created_at, last_success_at`,
      [s.id, s.membership_id, s.organisation_id, s.endpoint, s.p256dh, s.auth, s.label, s.locale],
    );
    return toView(row!);
  }

  async list(membershipId: string, organisationId: string): Promise<PushDeviceView[]> {
    const rows = await this.ds.query<
      { id: string; label: string; created_at: Date; last_success_at: Date | null }[]
    >(
      `SELECT id, label, created_at, last_success_at FROM outreach_push_subscriptions
        WHERE membership_id = $1 AND organisation_id = $2 ORDER BY created_at`,
      [membershipId, organisationId],
    );
    return rows.map(toView);
  }

  /** Removes one of this person's devices; false when it is not theirs (or gone already). */
  async remove(id: string, membershipId: string, organisationId: string): Promise<boolean> {
    const [, n] = (await this.ds.query(
      `DELETE FROM outreach_push_subscriptions WHERE id = $1 AND membership_id = $2 AND organisation_id = $3`,
      [id, membershipId, organisationId],
    )) as [unknown, number];
    return n > 0;
  }

  /** The push service said the device is gone (404/410): forget it, whoever it belonged to. */
  async removeGone(id: string): Promise<void> {
    await this.ds.query(`DELETE FROM outreach_push_subscriptions WHERE id = $1`, [id]);
  }

  async markSuccess(id: string): Promise<void> {
    await this.ds.query(`UPDATE outreach_push_subscriptions SET last_success_at = now() WHERE id = $1`, [id]);
  }

  async byId(id: string): Promise<PushSubscriptionRow | null> {
    const [row] = await this.ds.query<PushSubscriptionRow[]>(
      `SELECT id, membership_id, organisation_id, endpoint, p256dh, auth, label, locale
         FROM outreach_push_subscriptions WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** The devices of these people, in this organisation. */
  async forMembers(organisationId: string, membershipIds: string[]): Promise<PushSubscriptionRow[]> {
    return this.ds.query<PushSubscriptionRow[]>(
      `SELECT id, membership_id, organisation_id, endpoint, p256dh, auth, label, locale
         FROM outreach_push_subscriptions WHERE organisation_id = $1 AND membership_id = ANY($2::uuid[])`,
      [organisationId, membershipIds],
    );
  }

  async any(): Promise<boolean> {
    const rows = await this.ds.query<unknown[]>(`SELECT 1 FROM outreach_push_subscriptions LIMIT 1`);
    return rows.length > 0;
  }

  async forget(em: EntityManager, membershipId: string): Promise<void> {
    await em.query(`DELETE FROM outreach_push_subscriptions WHERE membership_id = $1`, [membershipId]);
  }
}
