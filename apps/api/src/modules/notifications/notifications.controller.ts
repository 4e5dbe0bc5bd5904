import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { notFound } from '../../common/app-error.js';
import { ListNotificationsQuery } from './notifications.dto.js';
import { NotificationsService } from './notifications.service.js';
import { NoPersonalData } from '../../common/personal-data.js';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @NoPersonalData('the caller’s own notifications')
  @Get()
  list(@CurrentActor() actor: Actor, @Query() q: ListNotificationsQuery) {
    return this.notifications.list(actor, q.before, q.limit);
  }

  @NoPersonalData('the caller’s own notifications')
  @Get('unread-count')
  async unread(@CurrentActor() actor: Actor) {
    return { unread: await this.notifications.unreadCount(actor.membershipId) };
  }

  @Post('read-all')
  @HttpCode(204)
  async readAll(@CurrentActor() actor: Actor) {
    await this.notifications.markRead(actor);
  }

  @Post(':id/read')
  @HttpCode(204)
  async read(@CurrentActor() actor: Actor, @Param('id') id: string) {
    if (!/^\d{1,18}$/.test(id) || !(await this.notifications.markRead(actor, id)))
      throw notFound('Deze melding bestaat niet.');
  }
}
