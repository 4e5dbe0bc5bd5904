import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AccessLogService } from './access-log.service.js';
import { AuditController } from './audit.controller.js';
import { AuditRepository } from './audit.repository.js';
import { AuditService } from './audit.service.js';
import { PersonalDataInterceptor } from './personal-data.interceptor.js';

@Module({
  controllers: [AuditController],
  providers: [
    AuditRepository,
    AuditService,
    AccessLogService,
    { provide: APP_INTERCEPTOR, useClass: PersonalDataInterceptor },
  ],
  exports: [AuditService, AccessLogService],
})
export class AuditModule {}
