import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { newId, sha256Hex } from '../../common/crypto.js';
import { MembershipsPersonalData } from '../organisations/memberships-personal-data.repository.js';
import type { ErasureRef, PersonalDataPart, PersonRef } from '../privacy/personal-data-part.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { verifyPassword } from './password-hasher.js';

/** The account as the export shows it (in the profile, beside the membership). */
export interface AccountSection {
  login: string;
  email: string | null;
}

/**
 * Auth's part of a person's data: the account's login and e-mail in the export; in the erasure, the password
 * resets the person made for others (kept, pointing at the stand-in), and around it the account's own steps:
 * the password check before anything, the sessions to end after, the organisation's stand-in first, the login
 * attempts and the user last. Sessions and the person's own resets go with the membership (cascade).
 */
@Injectable()
export class AccountPersonalData implements PersonalDataPart<{ account: AccountSection | null }> {
  readonly owner = 'auth';
  readonly tables = ['users', 'sessions', 'login_attempts', 'password_resets'];

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly memberships: MembershipsPersonalData,
    private readonly limiter: LoginRateLimiter,
  ) {}

  async exportFor(person: PersonRef): Promise<{ account: AccountSection | null }> {
    const [account] = await this.ds.query<AccountSection[]>(
      `SELECT login_name AS login, email FROM users WHERE id = $1`,
      [person.userId],
    );
    return { account: account ?? null };
  }

  /** Resets the person created for others stay, made by the stand-in. */
  async eraseFor(em: EntityManager, erasure: ErasureRef): Promise<void> {
    await em.query(
      `UPDATE password_resets SET created_by_membership_id = $2 WHERE created_by_membership_id = $1`,
      [erasure.membershipId, erasure.formerMemberId],
    );
  }

  /** The user's login name when `password` is theirs; null otherwise (or when there is no such user). */
  async loginIfPasswordMatches(userId: string, password: string): Promise<string | null> {
    const [user] = await this.ds.query<{ password_hash: string; login_name: string }[]>(
      `SELECT password_hash, login_name FROM users WHERE id = $1`,
      [userId],
    );
    // Counted as a change of password is: an open session cannot guess its way to an erasure.
    const ok = await this.limiter.checkOwnPassword(
      userId,
      async () => !!user && (await verifyPassword(user.password_hash, password)),
    );
    return ok && user ? user.login_name : null;
  }

  async sessionIds(userId: string): Promise<string[]> {
    return (
      await this.ds.query<{ id: string }[]>(`SELECT id FROM sessions WHERE user_id = $1`, [userId])
    ).map((s) => s.id);
  }

  /**
   * The organisation's stand-in for people who erased their account: what must outlive them (others'
   * received recognitions as counts, anonymised contributions, the audit trail) points here instead.
   * It has a user that can never log in.
   */
  async formerMemberId(em: EntityManager, organisationId: string): Promise<string> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`former:${organisationId}`]);
    const existing = await this.memberships.formerMemberId(em, organisationId);
    if (existing) return existing;
    const userId = newId();
    const id = newId();
    // '!' is not an argon2 hash: verification always fails, so nobody can log in as this user.
    await em.query(
      `INSERT INTO users (id, login_name, email, password_hash, password_changed_at) VALUES ($1, $2, NULL, '!', now())`,
      [userId, `~former-${organisationId}`],
    );
    await this.memberships.insertFormerMember(em, { id, organisationId, userId });
    return id;
  }

  /** The login attempts counted against the person's login name. */
  async forgetLoginAttempts(em: EntityManager, loginName: string, userId: string): Promise<void> {
    await em.query(`DELETE FROM login_attempts WHERE key = ANY($1::text[])`, [
      [`login:${sha256Hex(loginName)}`, this.limiter.passwordCheckKey(userId)],
    ]);
  }

  /** The user, once its membership is gone, unless it has another. */
  async deleteUserWithoutMembership(em: EntityManager, userId: string): Promise<void> {
    if (await this.memberships.userHasMembership(em, userId)) return;
    await em.query(`DELETE FROM users WHERE id = $1`, [userId]);
  }
}
