import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { randomToken, sha256Hex } from '../../common/crypto.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { poolQuery } from '../../database/pool-query.js';
import { SessionRevocations } from './session-revocations.js';
import { Session } from './session.entity.js';

const TOUCH_INTERVAL_MS = 60_000;

@Injectable()
export class SessionService {
  private resolveSql: string | undefined;

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly revocations: SessionRevocations,
  ) {}

  /** Starts a session; returns the cookie token (only its hash is stored). */
  async create(
    userId: string,
    membershipId: string,
    organisationId: string,
  ): Promise<{ token: string; sessionId: string }> {
    const token = randomToken(32);
    const now = new Date();
    const session = this.sessions.create({
      id: sha256Hex(token),
      userId,
      membershipId,
      organisationId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.ttlMs()),
      revokedAt: null,
    });
    await this.sessions.insert(session);
    return { token, sessionId: session.id };
  }

  /** The actor behind a cookie token, or null when the session is unknown, expired, revoked or the member was removed. */
  async resolve(token: string | undefined): Promise<Actor | null> {
    if (!token || token.length > 128) return null;
    const id = sha256Hex(token);
    this.resolveSql ??= this.resolveQuery();
    // Prepared once per connection: every request runs it, always with the same text.
    const [row] = await poolQuery<Actor & { lastSeenAt: Date }>(
      this.sessions.manager.connection,
      this.resolveSql,
      [id],
      'session_resolve',
    );
    if (!row) return null;
    const now = Date.now();
    if (now - new Date(row.lastSeenAt).getTime() > TOUCH_INTERVAL_MS) {
      // Sliding expiry, written at most once a minute per session.
      await this.sessions.update(
        { id },
        { lastSeenAt: new Date(now), expiresAt: new Date(now + this.ttlMs()) },
      );
    }
    const { lastSeenAt: _ignored, ...actor } = row;
    return actor;
  }

  /**
   * The statement behind every request's session check (its one parameter: the session id), built once:
   * building it with the query builder on each request cost more CPU than running it.
   */
  private resolveQuery(): string {
    const [sql, params] = this.sessions
      .createQueryBuilder('s')
      .innerJoin('memberships', 'm', 'm.id = s.membership_id')
      .select([
        's.id AS "sessionId"',
        's.user_id AS "userId"',
        's.membership_id AS "membershipId"',
        's.organisation_id AS "organisationId"',
        's.last_seen_at AS "lastSeenAt"',
        'm.role AS "role"',
        'm.display_name AS "displayName"',
        'm.avatar_color AS "avatarColor"',
      ])
      .where('s.id = :id', { id: 'session-id' })
      .andWhere('s.revoked_at IS NULL')
      .andWhere('s.expires_at > now()')
      .andWhere("m.status = 'active'")
      .getQueryAndParameters();
    if (params.length !== 1 || params[0] !== 'session-id')
      throw new Error('session query: unexpected parameters');
    return sql;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.revocations.publish([sessionId]);
  }

  /** Revokes every live session of a user, optionally keeping one (e.g. the one changing the password). */
  async revokeAllForUser(userId: string, exceptSessionId?: string): Promise<number> {
    return this.revokeWhere('user_id = :v', userId, exceptSessionId);
  }

  async revokeAllForMembership(membershipId: string): Promise<number> {
    return this.revokeWhere('membership_id = :v', membershipId);
  }

  private async revokeWhere(condition: string, value: string, exceptSessionId?: string): Promise<number> {
    const qb = this.sessions
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()' })
      .where(condition, { v: value })
      .andWhere('revoked_at IS NULL');
    if (exceptSessionId) qb.andWhere('id <> :except', { except: exceptSessionId });
    const result = await qb.returning(['id']).execute();
    const ids = (result.raw as { id: string }[]).map((r) => r.id);
    this.revocations.publish(ids);
    return ids.length;
  }

  private ttlMs(): number {
    return this.config.sessionTtlDays * 24 * 60 * 60 * 1000;
  }
}
