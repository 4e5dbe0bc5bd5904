import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { newId } from '../../common/crypto.js';

export interface FactorRow {
  userId: string;
  secretEncrypted: string;
  confirmedAt: Date | null;
  lastUsedStep: number | null;
}

export interface PendingLoginRow {
  id: string;
  userId: string;
  membershipId: string;
  organisationId: string;
  step: 'verify' | 'enrol';
  expiresAt: Date;
}

/** How many rows an UPDATE or DELETE touched: TypeORM answers those with `[rows, rowCount]`. */
function changed(result: unknown): number {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[1];
  return Array.isArray(result) ? result.length : 0;
}

/** The only place that reads or writes the `two_factor_*` tables. */
@Injectable()
export class TwoFactorRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }

  // ---- factors ----

  async factor(userId: string, em: EntityManager = this.ds.manager): Promise<FactorRow | null> {
    const [row] = await em.query<
      { secret_encrypted: string; confirmed_at: Date | null; last_used_step: string | null }[]
    >(`SELECT secret_encrypted, confirmed_at, last_used_step FROM two_factor_factors WHERE user_id = $1`, [
      userId,
    ]);
    if (!row) return null;
    return {
      userId,
      secretEncrypted: row.secret_encrypted,
      confirmedAt: row.confirmed_at ? new Date(row.confirmed_at) : null,
      lastUsedStep: row.last_used_step === null ? null : Number(row.last_used_step),
    };
  }

  /** Starts (or restarts) an enrolment; a confirmed factor is never overwritten here. */
  async startEnrolment(userId: string, secretEncrypted: string): Promise<boolean> {
    const rows = await this.ds.query<unknown[]>(
      `INSERT INTO two_factor_factors (user_id, secret_encrypted, confirmed_at, last_used_step)
       VALUES ($1, $2, NULL, NULL)
       ON CONFLICT (user_id) DO UPDATE SET secret_encrypted = $2, last_used_step = NULL, created_at = now()
         WHERE two_factor_factors.confirmed_at IS NULL
       RETURNING user_id`,
      [userId, secretEncrypted],
    );
    return rows.length === 1;
  }

  /**
   * Accepts time step `step` only when it is later than the last one used: two requests with the same
   * code race on this one conditional update, and only one wins.
   */
  async useStep(em: EntityManager, userId: string, step: number, confirm: boolean): Promise<boolean> {
    const result: unknown = await em.query(
      `UPDATE two_factor_factors SET last_used_step = $2, confirmed_at = CASE WHEN $3 THEN coalesce(confirmed_at, now()) ELSE confirmed_at END
        WHERE user_id = $1 AND (last_used_step IS NULL OR last_used_step < $2)
          AND (confirmed_at IS NOT NULL OR $3)
        RETURNING user_id`,
      [userId, step, confirm],
    );
    return changed(result) === 1;
  }

  async deleteFactor(em: EntityManager, userId: string): Promise<boolean> {
    const result: unknown = await em.query(
      `DELETE FROM two_factor_factors WHERE user_id = $1 RETURNING user_id`,
      [userId],
    );
    await em.query(`DELETE FROM two_factor_recovery_codes WHERE user_id = $1`, [userId]);
    return changed(result) === 1;
  }

  async enrolledUsers(userIds: string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await this.ds.query<{ user_id: string }[]>(
      `SELECT user_id FROM two_factor_factors WHERE user_id = ANY($1::uuid[]) AND confirmed_at IS NOT NULL`,
      [userIds],
    );
    return new Set(rows.map((r) => r.user_id));
  }

  // ---- recovery codes ----

  async replaceRecoveryCodes(em: EntityManager, userId: string, hashes: string[]): Promise<void> {
    await em.query(`DELETE FROM two_factor_recovery_codes WHERE user_id = $1`, [userId]);
    for (const hash of hashes)
      await em.query(`INSERT INTO two_factor_recovery_codes (id, user_id, code_hash) VALUES ($1, $2, $3)`, [
        newId(),
        userId,
        hash,
      ]);
  }

  /** Marks one unused code used; false when there is none with this hash (or it was used: single use). */
  async useRecoveryCode(em: EntityManager, userId: string, hash: string): Promise<boolean> {
    const result: unknown = await em.query(
      `UPDATE two_factor_recovery_codes SET used_at = now()
        WHERE id = (SELECT id FROM two_factor_recovery_codes WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL LIMIT 1 FOR UPDATE)
        RETURNING id`,
      [userId, hash],
    );
    return changed(result) === 1;
  }

  async recoveryCodesLeft(userId: string): Promise<number> {
    const [row] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM two_factor_recovery_codes WHERE user_id = $1 AND used_at IS NULL`,
      [userId],
    );
    return row?.n ?? 0;
  }

  // ---- pending log-ins ----

  async createPending(p: Omit<PendingLoginRow, 'expiresAt'> & { expiresAt: Date }): Promise<void> {
    await this.ds.query(
      `INSERT INTO two_factor_pending_logins (id, user_id, membership_id, organisation_id, step, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [p.id, p.userId, p.membershipId, p.organisationId, p.step, p.expiresAt],
    );
  }

  async pending(id: string, now: Date): Promise<PendingLoginRow | null> {
    const [row] = await this.ds.query<
      {
        user_id: string;
        membership_id: string;
        organisation_id: string;
        step: 'verify' | 'enrol';
        expires_at: Date;
      }[]
    >(
      `SELECT user_id, membership_id, organisation_id, step, expires_at FROM two_factor_pending_logins
        WHERE id = $1 AND expires_at > $2`,
      [id, now],
    );
    if (!row) return null;
    return {
      id,
      userId: row.user_id,
      membershipId: row.membership_id,
      organisationId: row.organisation_id,
      step: row.step,
      expiresAt: new Date(row.expires_at),
    };
  }

  /** Ends a pending log-in once: false when another request already finished it. */
  async consumePending(em: EntityManager, id: string): Promise<boolean> {
    const result: unknown = await em.query(
      `DELETE FROM two_factor_pending_logins WHERE id = $1 RETURNING id`,
      [id],
    );
    return changed(result) === 1;
  }

  async deletePendingForUser(em: EntityManager, userId: string): Promise<void> {
    await em.query(
      `DELETE FROM two_factor_pending_logins WHERE user_id = $1 OR expires_at < now() - interval '1 day'`,
      [userId],
    );
  }

  // ---- remembered devices ----

  async rememberDevice(id: string, userId: string, expiresAt: Date): Promise<void> {
    await this.ds.query(`INSERT INTO two_factor_devices (id, user_id, expires_at) VALUES ($1, $2, $3)`, [
      id,
      userId,
      expiresAt,
    ]);
  }

  async deviceValid(id: string, userId: string, now: Date): Promise<boolean> {
    const [row] = await this.ds.query<unknown[]>(
      `SELECT 1 FROM two_factor_devices WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > $3`,
      [id, userId, now],
    );
    return row !== undefined;
  }

  async revokeDevices(em: EntityManager, userId: string): Promise<void> {
    await em.query(
      `UPDATE two_factor_devices SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
  }

  // ---- failed attempts (the login limiter's approach: rows in PostgreSQL, a sliding window) ----

  async failuresSince(key: string, since: Date): Promise<{ n: number; oldest: Date | null }> {
    const [row] = await this.ds.query<{ n: number; oldest: Date | null }[]>(
      `SELECT count(*)::int AS n, min(at) AS oldest FROM two_factor_attempts WHERE key = $1 AND at > $2`,
      [key, since],
    );
    return { n: row?.n ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
  }

  async recordFailure(key: string, at: Date): Promise<void> {
    await this.ds.query(`INSERT INTO two_factor_attempts (key, at) VALUES ($1, $2)`, [key, at]);
  }

  async clearFailures(key: string, olderThan: Date): Promise<void> {
    await this.ds.query(`DELETE FROM two_factor_attempts WHERE key = $1 OR at < $2`, [key, olderThan]);
  }

  // ---- the organisation's setting ----

  async requiredForStaff(organisationId: string, em: EntityManager = this.ds.manager): Promise<boolean> {
    const [row] = await em.query<{ required_for_staff: boolean }[]>(
      `SELECT required_for_staff FROM two_factor_policies WHERE organisation_id = $1`,
      [organisationId],
    );
    return row?.required_for_staff ?? true;
  }

  async setRequiredForStaff(em: EntityManager, organisationId: string, required: boolean): Promise<void> {
    await em.query(
      `INSERT INTO two_factor_policies (organisation_id, required_for_staff) VALUES ($1, $2)
       ON CONFLICT (organisation_id) DO UPDATE SET required_for_staff = $2`,
      [organisationId, required],
    );
  }
}
