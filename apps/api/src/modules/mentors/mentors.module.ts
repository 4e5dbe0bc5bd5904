import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ParticipantPathsModule } from '../participant-paths/participant-paths.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { MentorsController } from './mentors.controller.js';
import { MentorsRepository } from './mentors.repository.js';
import { MentorEligibilityService } from './mentor-eligibility.service.js';
import { MentorsPersonalData } from './mentors-personal-data.repository.js';
import { MentorsService } from './mentors.service.js';
import { MentorshipsRepository } from './mentorships.repository.js';
import { MentorshipsService } from './mentorships.service.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';

/** Peer mentors: profiles, the listing and mentorships. Owns `mentor_profiles`, `mentorships`, `getuigenis_confirmations`. */
@Module({
  imports: [AuditModule, OrganisationsModule, RoomsModule, ParticipantPathsModule],
  controllers: [MentorsController],
  providers: [
    MentorEligibilityService,
    MentorsService,
    MentorshipsService,
    MentorsRepository,
    MentorshipsRepository,
    MentorsPersonalData,
  ],
  exports: [MentorsRepository, MentorsPersonalData],
})
export class MentorsModule {}
