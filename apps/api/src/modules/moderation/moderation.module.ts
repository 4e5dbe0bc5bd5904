import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ContributionsModule } from '../contributions/contributions.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { ModerationController } from './moderation.controller.js';
import { ModerationRepository } from './moderation.repository.js';
import { ModerationService } from './moderation.service.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';

/**
 * Owns `reports` and `mutes`; hides and shows contributions through the contributions module. Exports
 * its service for the privacy module (export and erasure).
 */
@Module({
  imports: [AuditModule, OrganisationsModule, RoomsModule, ContributionsModule],
  controllers: [ModerationController],
  providers: [ModerationRepository, ModerationService],
  exports: [ModerationService],
})
export class ModerationModule {}
