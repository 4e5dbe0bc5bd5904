import type { Logger } from 'pino';
import type { Socket } from 'socket.io';

/** One event's handler: the payload as sent; its answer goes to the client's ack. */
export type SocketEventHandler = (payload: unknown) => Promise<unknown>;

/** What a client sent with an event, split as Nest's IoAdapter does: the payload, and the ack (last, if a function). */
function payloadOf(args: unknown[]): { data: unknown; ack?: (answer: unknown) => void } {
  const last = args.at(-1);
  const ack = typeof last === 'function' ? (last as (answer: unknown) => void) : undefined;
  const rest = ack ? args.slice(0, -1) : args;
  return { data: rest.length === 1 ? rest[0] : ack && rest.length === 0 ? undefined : rest, ack };
}

/**
 * Binds a socket's events straight to their handlers, without Nest's per-event pipeline (the global guard
 * and interceptor, which act on HTTP only, wrapped in rxjs and an async resource for every message: about
 * 5 % of the API's CPU per chat message). The same behaviour as `SpiegelIoAdapter.bindMessageHandlers`:
 * every handler runs at once, its answer goes to the ack, nothing is sent after a disconnect, and a
 * failure is logged (handlers answer errors themselves; this is the last resort).
 */
export function bindSocketEvents(
  socket: Socket,
  handlers: Record<string, SocketEventHandler>,
  log: Logger,
): void {
  for (const [event, handler] of Object.entries(handlers)) {
    socket.on(event, (...args: unknown[]) => {
      const { data, ack } = payloadOf(args);
      let answer: Promise<unknown>;
      try {
        answer = handler(data);
      } catch (err) {
        log.error({ err: { message: (err as Error).message } }, 'socket handler threw');
        return;
      }
      answer.then(
        (response) => {
          if (response === null || response === undefined || !socket.connected) return;
          if (typeof ack === 'function') ack(response);
        },
        (err: Error) => log.error({ err: { message: err.message } }, 'socket handler failed'),
      );
    });
  }
}
