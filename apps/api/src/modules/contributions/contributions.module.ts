import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { ContributionReadsService } from './contribution-reads.service.js';
import { ContributionsController } from './contributions.controller.js';
import { ContributionsPrivacyRepository } from './contributions-privacy.repository.js';
import { ContributionsPrivacyService } from './contributions-privacy.service.js';
import { ContributionSendsRepository } from './contribution-sends.repository.js';
import { ContributionsRepository } from './contributions.repository.js';
import { ContributionsService } from './contributions.service.js';
import { ReactionsService } from './reactions.service.js';
import { SendBatcher } from './send-batcher.js';
import { ContributionRateLimits } from './send-limits.js';
import { TextReader } from './text-reader.js';

/**
 * Owns `contributions`, `phase_changes`, `reactions` and `recognitions`. Asks the rooms module who may
 * do what in a room. Exports the write service (the send, for the gateway and check-ins; hiding for
 * moderation), the reads, and its part of export, erasure and retention (for privacy); the repository
 * stays inside.
 */
@Module({
  imports: [AuditModule, RoomsModule],
  controllers: [ContributionsController],
  providers: [
    ContributionsRepository,
    ContributionSendsRepository,
    SendBatcher,
    ContributionReadsService,
    ContributionsService,
    ReactionsService,
    ContributionsPrivacyRepository,
    ContributionsPrivacyService,
    ContributionRateLimits,
    TextReader,
  ],
  exports: [ContributionsService, ContributionReadsService, ReactionsService, ContributionsPrivacyService],
})
export class ContributionsModule {}
