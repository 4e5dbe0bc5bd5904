import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, type Repository } from 'typeorm';
import { PasswordReset } from './password-reset.entity.js';

/** The reset links others issue (an admin, through the members module); auth owns `password_resets`. */
@Injectable()
export class PasswordResets {
  constructor(@InjectRepository(PasswordReset) private readonly resets: Repository<PasswordReset>) {}

  async insert(reset: Parameters<Repository<PasswordReset>['insert']>[0]): Promise<void> {
    await this.resets.insert(reset);
  }

  /**
   * Ends every open reset link of a membership: its password was just set (by a change or another link),
   * or the member was removed. A link handed over earlier is then no way into the account.
   */
  async revokeOpen(membershipId: string, em?: EntityManager): Promise<void> {
    const repo = em ? em.getRepository(PasswordReset) : this.resets;
    await repo.update({ membershipId, usedAt: IsNull() }, { usedAt: new Date() });
  }
}
