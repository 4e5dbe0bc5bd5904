import { Module } from '@nestjs/common';
import { RoomsModule } from '../modules/rooms/rooms.module.js';
import { RealtimeGateway } from './realtime.gateway.js';

@Module({
  imports: [RoomsModule],
  providers: [RealtimeGateway],
})
export class GatewayModule {}
