import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RoomsRepository } from './rooms.repository.js';

/** The rooms module's part of the privacy rights: export and erasure. Called by the privacy module. */
@Injectable()
export class RoomsPrivacyService {
  constructor(private readonly repo: RoomsRepository) {}

  /** The rooms the person is or was in, with their status there. */
  exportOwn(membershipId: string) {
    return this.repo.exportOwn(membershipId);
  }

  /** Inside the erasure's transaction: staff decisions keep a (stand-in) author, rooms lose theirs. */
  forget(em: EntityManager, membershipId: string, formerId: string): Promise<void> {
    return this.repo.forget(em, membershipId, formerId);
  }
}
