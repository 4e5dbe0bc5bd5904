import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '../../common/actor.js';
import { AppError } from '../../common/app-error.js';
import { ContributionReadsService } from './contribution-reads.service.js';
import { ContributionsService } from './contributions.service.js';
import { ReactionsService } from './reactions.service.js';
import {
  EditContributionDto,
  HistoryQuery,
  ReactionDto,
  ReadDto,
  SendContributionDto,
  SetPhaseDto,
} from './dto/contribution.dto.js';
import { NoPersonalData, PersonalData } from '../../common/personal-data.js';

@ApiTags('contributions')
@Controller()
export class ContributionsController {
  constructor(
    private readonly contributions: ContributionsService,
    private readonly reads: ContributionReadsService,
    private readonly reactions: ReactionsService,
  ) {}

  @NoPersonalData('the conversation of a room the caller takes part in')
  @Get('rooms/:roomId/contributions')
  async history(@CurrentActor() actor: Actor, @Param('roomId') roomId: string, @Query() q: HistoryQuery) {
    if (q.after !== undefined) {
      const res = await this.reads.catchUp(actor, {
        rooms: [{ roomId, afterSeq: q.after }],
        limit: q.limit ?? 100,
      });
      const room = res.rooms[0];
      if (!room)
        throw new AppError(404, 'NOT_FOUND', 'Deze ruimte bestaat niet, of je bent er geen lid van.');
      return { items: room.items, hasMore: room.hasMore, lastSeq: room.lastSeq };
    }
    return this.reads.history(actor, roomId, q.before, q.limit ?? 50);
  }

  /** The same idempotent send as the socket event, for clients without a socket. */
  @Post('rooms/:roomId/contributions')
  send(@CurrentActor() actor: Actor, @Param('roomId') roomId: string, @Body() dto: SendContributionDto) {
    return this.contributions.submit(actor, { ...dto, roomId });
  }

  @Post('rooms/:roomId/read')
  @HttpCode(200)
  read(@CurrentActor() actor: Actor, @Param('roomId') roomId: string, @Body() dto: ReadDto) {
    return this.reactions.markRead(actor, roomId, dto.seq);
  }

  @NoPersonalData('a message in a room the caller takes part in')
  @Get('contributions/:id')
  one(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.reads.one(actor, id);
  }

  @NoPersonalData('messages in a room the caller takes part in')
  @Get('contributions/:id/replies')
  replies(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.reads.replies(actor, id);
  }

  @Patch('contributions/:id')
  edit(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: EditContributionDto) {
    return this.contributions.edit(actor, id, dto.body, dto.title);
  }

  @Delete('contributions/:id')
  @HttpCode(204)
  remove(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.contributions.remove(actor, id);
  }

  @Put('contributions/:id/phase')
  setPhase(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: SetPhaseDto) {
    return this.contributions.setPhase(actor, id, dto.phase);
  }

  @PersonalData('contribution.phase_history_view', { target: { type: 'contribution', param: 'id' } })
  @Get('contributions/:id/phase-history')
  phaseHistory(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.reads.phaseHistory(actor, id);
  }

  @Post('contributions/:id/reactions')
  @HttpCode(200)
  react(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: ReactionDto) {
    return this.reactions.setReaction(actor, id, dto.kind, dto.on);
  }
}
