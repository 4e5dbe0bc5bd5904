import { Global, Injectable, Module } from '@nestjs/common';
import { Subject } from 'rxjs';

/** Something changed the picture of a room: a contribution, a recognition, a phase correction. */
export interface RoomActivityEvent {
  roomId: string;
}

/**
 * A small in-process signal from the rooms module to Insight, so the live session panel can follow a
 * session without the rooms code knowing about dashboards. Fire-and-forget: listeners never slow a send.
 */
@Injectable()
export class RoomActivity {
  private readonly subject = new Subject<RoomActivityEvent>();
  readonly events$ = this.subject.asObservable();

  changed(roomId: string): void {
    this.subject.next({ roomId });
  }
}

/** Global, so the rooms and contributions modules can signal without importing Insight (which imports them). */
@Global()
@Module({ providers: [RoomActivity], exports: [RoomActivity] })
export class RoomActivityModule {}
