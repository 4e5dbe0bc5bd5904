import { Module } from '@nestjs/common';
import { MembershipsRepository } from './memberships.repository.js';
import { MembershipsService } from './memberships.service.js';

/**
 * Owns `organisations` and `memberships`: who belongs to an organisation, with which role and pseudonym.
 * It sits below every feature module (it imports none), so each may ask it through `MembershipsService`.
 */
@Module({
  providers: [MembershipsRepository, MembershipsService],
  exports: [MembershipsService],
})
export class OrganisationsModule {}
