import { Module } from '@nestjs/common';
import { DeliveriesRepository } from './deliveries.repository.js';
import { DeliveryQueue } from './delivery-queue.js';
import { EmailDelivery } from './email-delivery.js';
import { MailTransport } from './mail-transport.js';
import { OutreachController } from './outreach.controller.js';
import { OutreachRepository } from './outreach.repository.js';
import { OutreachService } from './outreach.service.js';
import { SessionRemindersController } from './session-reminders.controller.js';
import { SessionRemindersRepository } from './session-reminders.repository.js';
import { SessionRemindersService } from './session-reminders.service.js';
import { PushSubscriptionsRepository } from './push-subscriptions.repository.js';
import { PushController } from './push.controller.js';
import { PushService } from './push.service.js';
import { PushTransport } from './push.transport.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';

/** Reaching people outside the app: e-mail and web push through a durable queue in PostgreSQL. */
@Module({
  imports: [OrganisationsModule],
  controllers: [OutreachController, SessionRemindersController, PushController],
  providers: [
    OutreachRepository,
    DeliveriesRepository,
    EmailDelivery,
    DeliveryQueue,
    MailTransport,
    OutreachService,
    SessionRemindersRepository,
    SessionRemindersService,
    PushSubscriptionsRepository,
    PushTransport,
    PushService,
  ],
  exports: [OutreachService, SessionRemindersService],
})
export class OutreachModule {}
