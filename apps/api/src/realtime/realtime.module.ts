import { Global, Module } from '@nestjs/common';
import { RealtimeEmitter } from './realtime-emitter.js';

/** The emitter is global so any service can reach connected clients without knowing the gateway. */
@Global()
@Module({
  providers: [RealtimeEmitter],
  exports: [RealtimeEmitter],
})
export class RealtimeModule {}
