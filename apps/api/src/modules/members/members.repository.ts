import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The members module's data access: a transaction. The memberships it lists and changes go through
 * `MembershipsService` (organisations owns them), the reset links an admin issues through auth's
 * `PasswordResets` (auth owns `password_resets`).
 */
@Injectable()
export class MembersRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }
}
