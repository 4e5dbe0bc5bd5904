import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The erasure's transaction. Privacy holds no table and no SQL of its own: every step is an owner's part
 * (`PersonalDataParts`, and the chat core's services), run inside this transaction.
 */
@Injectable()
export class PrivacyRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }
}
