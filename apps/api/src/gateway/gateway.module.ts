import { Module } from '@nestjs/common';
import { ContributionsModule } from '../modules/contributions/contributions.module.js';
import { RoomsModule } from '../modules/rooms/rooms.module.js';
import { RealtimeGateway } from './realtime.gateway.js';

@Module({
  imports: [RoomsModule, ContributionsModule],
  providers: [RealtimeGateway],
})
export class GatewayModule {}
