import { Module } from '@nestjs/common';
import { MembershipsPersonalData } from './memberships-personal-data.repository.js';
import { MembershipsRepository } from './memberships.repository.js';
import { MembershipsService } from './memberships.service.js';
import { OrganisationsRepository } from './organisations.repository.js';
import { OrganisationsService } from './organisations.service.js';

/**
 * Owns `organisations` and `memberships`: who belongs to an organisation, with which role and pseudonym.
 * It sits below every feature module (it imports none), so each may ask it through `MembershipsService`
 * and `OrganisationsService`, or join the views in `read-views.ts`; `MembershipsPersonalData` is its part of a
 * person's data (privacy and auth's erasure steps).
 */
@Module({
  providers: [
    MembershipsRepository,
    MembershipsService,
    MembershipsPersonalData,
    OrganisationsRepository,
    OrganisationsService,
  ],
  exports: [MembershipsService, MembershipsPersonalData, OrganisationsService],
})
export class OrganisationsModule {}
