import { Injectable } from '@nestjs/common';
import { Subject } from 'rxjs';

/** Revoked sessions and removed memberships, so the gateway can close their sockets at once. */
@Injectable()
export class SessionRevocations {
  readonly revoked$ = new Subject<{ sessionIds: string[] }>();

  publish(sessionIds: string[]): void {
    if (sessionIds.length > 0) this.revoked$.next({ sessionIds });
  }
}
