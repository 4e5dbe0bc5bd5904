import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { InvitationsModule } from '../invitations/invitations.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { TrajectenController } from './trajecten.controller.js';
import { EnrolmentsService } from './enrolments.service.js';
import { TrajectCompletionService } from './traject-completion.service.js';
import { TrajectenRepository } from './trajecten.repository.js';
import { TrajectenPersonalData } from './trajecten-personal-data.repository.js';
import { TrajectenService } from './trajecten.service.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';

/** Trajecten: their sessions, facilitators and enrolments. Owns `trajecten`, `traject_sessions`, `traject_facilitators`, `enrolments`. */
@Module({
  imports: [AuditModule, InvitationsModule, OrganisationsModule, RoomsModule],
  controllers: [TrajectenController],
  providers: [
    TrajectenRepository,
    TrajectenService,
    EnrolmentsService,
    TrajectCompletionService,
    TrajectenPersonalData,
  ],
  exports: [TrajectenService, TrajectCompletionService, TrajectenPersonalData],
})
export class TrajectenModule {}
