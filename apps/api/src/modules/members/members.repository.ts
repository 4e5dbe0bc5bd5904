import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { PasswordReset } from '../auth/password-reset.entity.js';

/**
 * The members module's data access: the reset links an admin issues (`password_resets`, owned by auth). The
 * memberships it lists and changes go through `MembershipsService` (organisations owns them).
 */
@Injectable()
export class MembersRepository {
  constructor(
    @InjectRepository(PasswordReset) private readonly resets: Repository<PasswordReset>,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  async insertPasswordReset(reset: Parameters<Repository<PasswordReset>['insert']>[0]): Promise<void> {
    await this.resets.insert(reset);
  }
}
