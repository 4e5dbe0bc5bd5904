import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { SsoConfig } from './sso-config.entity.js';
import { SsoIdentity } from './sso-identity.entity.js';
import { SsoLoginState } from './sso-login-state.entity.js';

/** The SQL of the sso module: its three tables (memberships through `MembershipsService`). */
@Injectable()
export class SsoRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }

  configFor(organisationId: string): Promise<SsoConfig | null> {
    return this.ds.getRepository(SsoConfig).findOne({ where: { organisationId } });
  }

  /** The enabled configuration that claims an e-mail domain (the first one saved, should two claim it). */
  async enabledConfigForDomain(domain: string): Promise<SsoConfig | null> {
    return this.ds
      .getRepository(SsoConfig)
      .createQueryBuilder('c')
      .where('c.enabled')
      .andWhere(':domain = ANY(c.email_domains)', { domain })
      .orderBy('c.updated_at', 'ASC')
      .getOne();
  }

  async saveConfig(row: SsoConfig): Promise<void> {
    await this.ds.getRepository(SsoConfig).upsert(row, ['organisationId']);
  }

  async insertLoginState(row: SsoLoginState): Promise<void> {
    await this.ds.getRepository(SsoLoginState).insert(row);
  }

  async deleteExpiredLoginStates(now: Date): Promise<void> {
    await this.ds
      .getRepository(SsoLoginState)
      .createQueryBuilder()
      .delete()
      .where('expires_at <= :now', { now })
      .execute();
  }

  /** Removes and returns a started log-in: a state works once, whatever happens next. */
  async takeLoginState(stateHash: string): Promise<SsoLoginState | null> {
    const rows = await this.ds.getRepository(SsoLoginState).manager.transaction(async (em) => {
      const found = await em
        .getRepository(SsoLoginState)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.state_hash = :stateHash', { stateHash })
        .getOne();
      if (found) await em.getRepository(SsoLoginState).delete({ stateHash });
      return found;
    });
    return rows;
  }

  /** The identity linked to a provider account, if any. */
  linkedIdentity(organisationId: string, issuer: string, subject: string): Promise<SsoIdentity | null> {
    return this.ds.getRepository(SsoIdentity).findOne({ where: { organisationId, issuer, subject } });
  }

  async insertIdentity(em: EntityManager, row: Omit<SsoIdentity, 'createdAt'>): Promise<void> {
    await em.getRepository(SsoIdentity).insert(row);
  }

  async touchIdentity(id: string, at: Date): Promise<void> {
    await this.ds.getRepository(SsoIdentity).update({ id }, { lastLoginAt: at });
  }
}
