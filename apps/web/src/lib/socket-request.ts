import { type Ack, type AckCallback, type ClientToServerEvents, cleanTypedValues } from '@spiegel/domain';
import { ApiError } from './api-client';
import type { SpiegelSocket } from './socket';

/** Client→server events that answer with an `Ack<T>`. */
type AckedEvent = {
  // `never` as the response type: any AckCallback<T> is assignable to it (parameters are contravariant).
  [E in keyof ClientToServerEvents]: Parameters<ClientToServerEvents[E]> extends [
    unknown,
    (response: never) => void,
  ]
    ? E
    : never;
}[keyof ClientToServerEvents];

export type SocketPayload<E extends AckedEvent> = Parameters<ClientToServerEvents[E]>[0];
export type SocketResult<E extends AckedEvent> =
  Parameters<ClientToServerEvents[E]>[1] extends AckCallback<infer T> ? T : never;

/** How long to wait for the server's answer before calling a request failed. */
export const ACK_TIMEOUT_MS = 8_000;

/**
 * Sends one event and resolves with the data of its acknowledgement. Rejects with an `ApiError`
 * (status 0) so the same error messages apply as for REST: OFFLINE when there is no connection
 * (nothing is queued inside socket.io, the caller decides what to retry), TIMEOUT when no answer
 * came in time, or the server's own code (VALIDATION_FAILED, RATE_LIMITED, …) with its message.
 */
export function socketRequest<E extends AckedEvent>(
  socket: SpiegelSocket | null,
  event: E,
  payload: SocketPayload<E>,
  timeoutMs = ACK_TIMEOUT_MS,
): Promise<SocketResult<E>> {
  return new Promise((resolve, reject) => {
    if (!socket?.connected) {
      reject(new ApiError(0, 'OFFLINE', ''));
      return;
    }
    // An answer cannot come over a connection that is gone: fail at once rather than at the timeout,
    // so what waits on this (a catch-up, a retry) can start again as soon as the connection is back.
    const onDisconnect = () => {
      reject(new ApiError(0, 'OFFLINE', ''));
    };
    socket.on('disconnect', onDisconnect);
    // socket.io's typed emit cannot relate a generic event to its payload; the signature above keeps it exact.
    const timed = socket.timeout(timeoutMs) as unknown as {
      emit(event: string, payload: unknown, ack: (err: Error | null, response?: Ack<unknown>) => void): void;
    };
    // Characters pasted unseen (a word processor's vertical tab, a control character) would be refused.
    timed.emit(event, cleanTypedValues(payload), (err, response) => {
      socket.off('disconnect', onDisconnect);
      if (err || !response) {
        reject(new ApiError(0, 'TIMEOUT', ''));
        return;
      }
      if (response.ok) resolve(response.data as SocketResult<E>);
      else reject(new ApiError(0, response.error.code, response.error.message));
    });
  });
}
