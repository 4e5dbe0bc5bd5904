import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ContributionsModule } from '../contributions/contributions.module.js';
import { MentorsModule } from '../mentors/mentors.module.js';
import { OutreachModule } from '../outreach/outreach.module.js';
import { PrivacyModule } from '../privacy/privacy.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { TrajectenModule } from '../trajecten/trajecten.module.js';
import { CheckinController, MentorCheckinController } from './checkin.controller.js';
import { CheckinService } from './checkin.service.js';
import { NazorgController } from './nazorg.controller.js';
import { NazorgPersonalData } from './nazorg-personal-data.repository.js';
import { NazorgRepository } from './nazorg.repository.js';
import { NazorgService } from './nazorg.service.js';
import { SchedulerService } from './scheduler.service.js';

/**
 * Na afloop: zwart-gat scores, follow-up and check-ins after a traject, and the jobs that run completion
 * (trajecten), the zwart-gat scores and retention (privacy). Owns `zwart_gat_scores` and `follow_up_actions`.
 */
@Module({
  imports: [
    AuditModule,
    RoomsModule,
    ContributionsModule,
    TrajectenModule,
    PrivacyModule,
    OutreachModule,
    MentorsModule,
  ],
  controllers: [NazorgController, CheckinController, MentorCheckinController],
  providers: [NazorgService, NazorgRepository, CheckinService, SchedulerService, NazorgPersonalData],
  exports: [NazorgRepository],
})
export class NazorgModule {}
