import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { PathLoader } from '../insight/path-loader.js';
import { ContributionsModule } from '../contributions/contributions.module.js';
import { InvitationsModule } from '../invitations/invitations.module.js';
import { MentorsController } from '../mentors/mentors.controller.js';
import { MentorsService } from '../mentors/mentors.service.js';
import { CheckinController, MentorCheckinController } from '../nazorg/checkin.controller.js';
import { CheckinService } from '../nazorg/checkin.service.js';
import { NazorgController } from '../nazorg/nazorg.controller.js';
import { NazorgService } from '../nazorg/nazorg.service.js';
import { OutreachModule } from '../outreach/outreach.module.js';
import { PrivacyModule } from '../privacy/privacy.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { SchedulerService } from './scheduler.service.js';
import { TrajectenController } from './trajecten.controller.js';
import { TrajectenService } from './trajecten.service.js';

/** Trajecten, what happens after them (Na afloop), and peer mentors. */
@Module({
  imports: [AuditModule, InvitationsModule, RoomsModule, ContributionsModule, PrivacyModule, OutreachModule],
  controllers: [
    TrajectenController,
    NazorgController,
    CheckinController,
    MentorCheckinController,
    MentorsController,
  ],
  providers: [TrajectenService, NazorgService, CheckinService, MentorsService, PathLoader, SchedulerService],
  exports: [TrajectenService, NazorgService, MentorsService, PathLoader],
})
export class TrajectenModule {}
