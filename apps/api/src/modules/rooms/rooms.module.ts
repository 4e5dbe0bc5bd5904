import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ContributionsController } from '../contributions/contributions.controller.js';
import { ContributionsService } from '../contributions/contributions.service.js';
import { ContributionRateLimits } from '../contributions/send-limits.js';
import { ModerationController } from '../moderation/moderation.controller.js';
import { ModerationService } from '../moderation/moderation.service.js';
import { RoomAccessService } from './room-access.service.js';
import { RoomMembersRepository } from './room-members.repository.js';
import { RoomsController } from './rooms.controller.js';
import { RoomsService } from './rooms.service.js';

/** Rooms, their contributions and moderation: one module, since every rule starts with room access. */
@Module({
  imports: [AuditModule],
  controllers: [RoomsController, ContributionsController, ModerationController],
  providers: [
    RoomAccessService,
    RoomMembersRepository,
    RoomsService,
    ContributionsService,
    ModerationService,
    ContributionRateLimits,
  ],
  exports: [
    RoomAccessService,
    RoomMembersRepository,
    RoomsService,
    ContributionsService,
    ContributionRateLimits,
  ],
})
export class RoomsModule {}
