import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, type Repository } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { sha256Hex } from '../../common/crypto.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { LoginAttempt } from './login-attempt.entity.js';

/**
 * Failed log-ins counted in PostgreSQL per login name and per client address, so the limit holds
 * across API instances. A success does not reset the address counter (it would let one valid
 * account shield guessing at others).
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @InjectRepository(LoginAttempt) private readonly attempts: Repository<LoginAttempt>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Hashed, so the table never holds what someone typed as a login name (or their address). */
  keys(loginName: string, ip: string): string[] {
    return [`login:${sha256Hex(loginName.trim().toLowerCase())}`, `ip:${sha256Hex(ip)}`];
  }

  /**
   * Re-typing one's own password while logged in (changing it, erasing the account): counted per person and
   * apart from log-ins, so an open session (perhaps someone else's) can neither guess the password nor,
   * by failing on purpose, lock its owner out of logging in.
   */
  passwordCheckKey(userId: string): string {
    return `reauth:${sha256Hex(userId)}`;
  }

  /**
   * Runs `check` (the person re-types their own password) under their `passwordCheckKey`: 429 while over the
   * limit, a failure counted when the check answers false. Returns the check's answer.
   */
  async checkOwnPassword(userId: string, check: () => Promise<boolean>): Promise<boolean> {
    const key = this.passwordCheckKey(userId);
    await this.assertAllowed([key]);
    const ok = await check();
    if (!ok) await this.recordFailure([key]);
    return ok;
  }

  /** 429 RATE_LIMITED, with the wait, while any key is over its limit. */
  async assertAllowed(keys: string[]): Promise<void> {
    const wait = await this.retryAfterSeconds(keys);
    if (wait > 0)
      throw new AppError(
        429,
        'RATE_LIMITED',
        `Te veel pogingen. Probeer het over ${Math.ceil(wait / 60)} minuten opnieuw.`,
        { retryAfterSeconds: wait },
      );
  }

  /** Seconds to wait when any key is over the limit, else 0. */
  async retryAfterSeconds(keys: string[]): Promise<number> {
    const windowMs = this.config.loginWindowMinutes * 60_000;
    const since = new Date(Date.now() - windowMs);
    const rows = await this.attempts
      .createQueryBuilder('a')
      .select('a.key', 'key')
      .addSelect('count(*)::int', 'n')
      .addSelect('min(a.at)', 'oldest')
      .where('a.key IN (:...keys)', { keys })
      .andWhere('a.at > :since', { since })
      .groupBy('a.key')
      .getRawMany<{ key: string; n: number; oldest: Date }>();
    // The per-address limit is wider: several people may share one address (a clinic's wifi).
    const over = rows.filter(
      (r) =>
        r.n >= (r.key.startsWith('ip:') ? this.config.loginMaxAttempts * 5 : this.config.loginMaxAttempts),
    );
    if (over.length === 0) return 0;
    const oldest = Math.min(...over.map((r) => new Date(r.oldest).getTime()));
    return Math.max(1, Math.ceil((oldest + windowMs - Date.now()) / 1000));
  }

  async recordFailure(keys: string[]): Promise<void> {
    const at = new Date();
    await this.attempts.insert(keys.map((key) => ({ key, at })));
  }

  async clear(key: string): Promise<void> {
    await this.attempts.delete({ key });
  }

  /** Housekeeping: old attempts carry no information. */
  async prune(): Promise<void> {
    await this.attempts.delete({
      at: LessThan(new Date(Date.now() - this.config.loginWindowMinutes * 60_000 * 2)),
    });
  }
}
