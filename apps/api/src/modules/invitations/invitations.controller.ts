import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Public, Roles } from '../../common/actor.js';
import { CreateInvitationDto } from './dto/invitation.dto.js';
import { InvitationsService } from './invitations.service.js';
import { NoPersonalData } from '../../common/personal-data.js';

@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  /** Public preview for the registration page: organisation name and role, nothing else. */
  @Public()
  @Get('invitations/:code')
  preview(@Param('code') code: string) {
    return this.invitations.preview(code.slice(0, 100));
  }

  @Roles('admin')
  @NoPersonalData('invitation links: role, expiry and uses, no person’s data')
  @Get('admin/invitations')
  list(@CurrentActor() actor: Actor) {
    return this.invitations.list(actor);
  }

  @Roles('admin')
  @Post('admin/invitations')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateInvitationDto) {
    return this.invitations.create(actor, dto);
  }

  @Roles('admin')
  @Delete('admin/invitations/:id')
  @HttpCode(204)
  revoke(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.invitations.revoke(actor, id);
  }
}
