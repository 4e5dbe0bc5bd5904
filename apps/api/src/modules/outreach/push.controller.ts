import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { NoPersonalData } from '../../common/personal-data.js';
import { PushSubscriptionDto } from './dto/push.dto.js';
import { PushService } from './push.service.js';

/** My devices for web push: the server's public key, turning a device on (subscribe) and off. */
@ApiTags('outreach')
@Controller('outreach/push')
export class PushController {
  constructor(private readonly push: PushService) {}

  @NoPersonalData('the caller’s own push devices and the server’s public key')
  @Get()
  settings(@CurrentActor() actor: Actor) {
    return this.push.settings(actor);
  }

  @Post('devices')
  subscribe(@CurrentActor() actor: Actor, @Body() dto: PushSubscriptionDto) {
    return this.push.subscribe(actor, dto);
  }

  @Delete('devices/:id')
  unsubscribe(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.push.unsubscribe(actor, id);
  }
}
