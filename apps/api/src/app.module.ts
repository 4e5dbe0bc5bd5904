import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { LOGGER } from './common/logger.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { dataSourceOptions } from './database/data-source.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { InvitationsModule } from './modules/invitations/invitations.module.js';
import { MembersModule } from './modules/members/members.module.js';
import { GatewayModule } from './gateway/gateway.module.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { RoomsModule } from './modules/rooms/rooms.module.js';
import { ContributionsModule } from './modules/contributions/contributions.module.js';
import { ModerationModule } from './modules/moderation/moderation.module.js';
import { TrajectenModule } from './modules/trajecten/trajecten.module.js';
import { NazorgModule } from './modules/nazorg/nazorg.module.js';
import { MentorsModule } from './modules/mentors/mentors.module.js';
import { InsightModule } from './modules/insight/insight.module.js';
import { RoomActivityModule } from './common/room-activity.js';
import { PrivacyModule } from './modules/privacy/privacy.module.js';
import { SafetyModule } from './modules/safety/safety.module.js';
import { OnboardingModule } from './modules/onboarding/onboarding.module.js';
import { TwoFactorModule } from './modules/two-factor/two-factor.module.js';
import { ResearchModule } from './modules/research/research.module.js';
import { Clock } from './common/clock.js';
import { DATABASE_URL } from './database/database-url.js';
import { OutreachModule } from './modules/outreach/outreach.module.js';
import { SsoModule } from './modules/sso/sso.module.js';

@Global()
@Module({})
class CoreModule {
  static forRoot(config: AppConfig, logger: Logger, databaseUrl: string): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: DATABASE_URL, useValue: databaseUrl },
        Clock,
      ],
      exports: [APP_CONFIG, LOGGER, DATABASE_URL, Clock],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, logger, databaseUrl),
        TypeOrmModule.forRoot(
          dataSourceOptions(databaseUrl, {}, (err) =>
            logger.warn({ err: { message: err.message } }, 'database connection ended; it is replaced'),
          ),
        ),
        AuditModule,
        AuthModule,
        TwoFactorModule,
        InvitationsModule,
        MembersModule,
        RealtimeModule,
        OutreachModule,
        RoomActivityModule,
        NotificationsModule,
        RoomsModule,
        ContributionsModule,
        ModerationModule,
        TrajectenModule,
        NazorgModule,
        MentorsModule,
        InsightModule,
        PrivacyModule,
        SafetyModule,
        OnboardingModule,
        SsoModule,
        ResearchModule,
        GatewayModule,
        HealthModule,
      ],
    };
  }
}
