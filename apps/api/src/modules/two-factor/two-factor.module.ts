import { Global, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { SECOND_FACTOR_GATE } from '../auth/second-factor-gate.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { TwoFactorAdminController, TwoFactorController } from './two-factor.controller.js';
import { TwoFactorRepository } from './two-factor.repository.js';
import { TwoFactorAdminService } from './two-factor-admin.service.js';
import { TwoFactorService } from './two-factor.service.js';

/**
 * Owns the `two_factor_*` tables. Global only to hand the auth module its gate (SECOND_FACTOR_GATE)
 * without an import cycle: auth asks through its own interface, this module answers.
 */
@Global()
@Module({
  imports: [AuditModule, OrganisationsModule],
  controllers: [TwoFactorController, TwoFactorAdminController],
  providers: [
    TwoFactorRepository,
    TwoFactorService,
    TwoFactorAdminService,
    { provide: SECOND_FACTOR_GATE, useExisting: TwoFactorService },
  ],
  exports: [SECOND_FACTOR_GATE],
})
export class TwoFactorModule {}
