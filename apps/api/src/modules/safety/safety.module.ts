import { Global, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ContributionsModule } from '../contributions/contributions.module.js';
import { CRISIS_CASES } from '../contributions/crisis-cases.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { TrajectenModule } from '../trajecten/trajecten.module.js';
import { EscalationJob } from './escalation.job.js';
import { CrisisCasesController, SafetyAdminController, SafetyController } from './safety.controller.js';
import { SafetyRepository } from './safety.repository.js';
import { SafetyService } from './safety.service.js';
import { SignalMarksRepository } from './signal-marks.repository.js';
import { SignalMarksService } from './signal-marks.service.js';

/**
 * Crisis cases, staffed hours and signal marks. Global, so the contributions module gets its CRISIS_CASES
 * (this service) for a send without importing this module (which imports contributions).
 */
@Global()
@Module({
  imports: [AuditModule, OrganisationsModule, RoomsModule, ContributionsModule, TrajectenModule],
  controllers: [CrisisCasesController, SafetyController, SafetyAdminController],
  providers: [
    SafetyRepository,
    SignalMarksRepository,
    SafetyService,
    SignalMarksService,
    EscalationJob,
    { provide: CRISIS_CASES, useExisting: SafetyService },
  ],
  exports: [SafetyService, SignalMarksService, CRISIS_CASES],
})
export class SafetyModule {}
