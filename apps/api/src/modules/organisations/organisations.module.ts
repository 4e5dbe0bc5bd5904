import { Module } from '@nestjs/common';
import { MembershipsRepository } from './memberships.repository.js';
import { MembershipsService } from './memberships.service.js';
import { OrganisationsRepository } from './organisations.repository.js';
import { OrganisationsService } from './organisations.service.js';

/**
 * Owns `organisations` and `memberships`: who belongs to an organisation, with which role and pseudonym.
 * It sits below every feature module (it imports none), so each may ask it through `MembershipsService`
 * and `OrganisationsService`, or join the views in `read-views.ts`.
 */
@Module({
  providers: [MembershipsRepository, MembershipsService, OrganisationsRepository, OrganisationsService],
  exports: [MembershipsService, OrganisationsService],
})
export class OrganisationsModule {}
