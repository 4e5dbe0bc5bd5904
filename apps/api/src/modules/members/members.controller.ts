import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '../../common/actor.js';
import { UpdateMemberRoleDto } from './dto/member.dto.js';
import { MembersService } from './members.service.js';
import { PersonalData } from '../../common/personal-data.js';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @PersonalData('members.list')
  @Get()
  list(@CurrentActor() actor: Actor) {
    return this.members.list(actor);
  }

  @Patch(':id')
  @HttpCode(204)
  changeRole(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateMemberRoleDto,
  ) {
    return this.members.changeRole(actor, id, dto.role);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.members.remove(actor, id);
  }

  @Post(':id/password-reset')
  issuePasswordReset(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.members.issuePasswordReset(actor, id);
  }
}
