import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ContributionsPrivacyRepository } from './contributions-privacy.repository.js';

/**
 * The contributions module's part of the privacy rights (export, erasure) and of retention: what it holds
 * about a person, and how it lets go of them. Called by the privacy module.
 */
@Injectable()
export class ContributionsPrivacyService {
  constructor(private readonly repo: ContributionsPrivacyRepository) {}

  /** The person's contributions, phase changes, reactions and recognitions (given and received). */
  exportOwn(membershipId: string) {
    return this.repo.exportOwn(membershipId);
  }

  /**
   * Moves what must outlive the person to the stand-in `formerId`, inside the erasure's transaction;
   * with `delete`, their contributions' text goes first (tombstones).
   */
  forget(em: EntityManager, membershipId: string, formerId: string, mode: 'delete' | 'anonymise') {
    return this.repo.forget(em, membershipId, formerId, mode);
  }

  /**
   * Retention: the text of contributions in the group rooms of trajecten that ended more than `days` ago
   * (before `now`) becomes a tombstone; returns how many.
   */
  clearRetained(now: Date, days: number, organisationId?: string): Promise<number> {
    return this.repo.clearRetained(now, days, organisationId);
  }
}
