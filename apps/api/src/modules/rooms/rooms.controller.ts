import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '../../common/actor.js';
import {
  AddMembersDto,
  AgreementsDto,
  CreateRoomDto,
  StartDirectDto,
  UpdateRoomDto,
} from './dto/room.dto.js';
import { RoomsService } from './rooms.service.js';
import { NoPersonalData } from '../../common/personal-data.js';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('rooms')
@Controller()
export class RoomsController {
  constructor(private readonly rooms: RoomsService) {}

  @NoPersonalData('the caller’s own rooms')
  @Get('rooms')
  list(@CurrentActor() actor: Actor) {
    return this.rooms.list(actor);
  }

  @NoPersonalData('open rooms every member may join')
  @Get('rooms/discover')
  discover(@CurrentActor() actor: Actor) {
    return this.rooms.discover(actor);
  }

  @Post('rooms')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateRoomDto) {
    return this.rooms.create(actor, dto);
  }

  @NoPersonalData('a room the caller takes part in and who else is in it')
  @Get('rooms/:id')
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.rooms.get(actor, id);
  }

  @Patch('rooms/:id')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: UpdateRoomDto) {
    return this.rooms.update(actor, id, dto);
  }

  @Put('rooms/:id/agreements')
  agreements(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: AgreementsDto) {
    return this.rooms.setAgreements(actor, id, dto.text);
  }

  @Post('rooms/:id/members')
  addMembers(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: AddMembersDto) {
    return this.rooms.addMembers(actor, id, dto);
  }

  @Delete('rooms/:id/members/:membershipId')
  @HttpCode(204)
  removeMember(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('membershipId', uuid) membershipId: string,
  ) {
    return this.rooms.removeMember(actor, id, membershipId);
  }

  @Post('rooms/:id/leave')
  @HttpCode(204)
  leave(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.rooms.leave(actor, id);
  }

  @Post('rooms/:id/join')
  join(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.rooms.join(actor, id);
  }

  @NoPersonalData('the pseudonyms every member of the organisation sees')
  @Get('members')
  directory(@CurrentActor() actor: Actor) {
    return this.rooms.directory(actor);
  }

  @Post('direct')
  startDirect(@CurrentActor() actor: Actor, @Body() dto: StartDirectDto) {
    return this.rooms.startDirect(actor, dto.membershipId);
  }

  @NoPersonalData('the caller’s own conversation requests')
  @Get('direct/requests')
  directRequests(@CurrentActor() actor: Actor) {
    return this.rooms.directRequests(actor);
  }

  @Post('direct/:roomId/accept')
  @HttpCode(204)
  accept(@CurrentActor() actor: Actor, @Param('roomId', uuid) roomId: string) {
    return this.rooms.answerDirect(actor, roomId, true);
  }

  @Post('direct/:roomId/decline')
  @HttpCode(204)
  decline(@CurrentActor() actor: Actor, @Param('roomId', uuid) roomId: string) {
    return this.rooms.answerDirect(actor, roomId, false);
  }
}
