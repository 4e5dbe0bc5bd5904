import type { Logger } from 'pino';
import type { Socket } from 'socket.io';

/** Metadata key of `@SocketEvent`: the event a gateway method answers. */
export const SOCKET_EVENT = 'spiegel:socket-event';

/**
 * Marks a gateway method as the handler of a socket event, called as `method(socket, payload)` and
 * answered through the ack. Bound by `bindSocketEvents` (not by Nest, see there).
 */
export function SocketEvent(event: string): MethodDecorator {
  return (_target, _key, descriptor) => {
    Reflect.defineMetadata(SOCKET_EVENT, event, descriptor.value as object);
  };
}

type Handler = (socket: Socket, payload: unknown) => Promise<unknown> | unknown;

/** The `@SocketEvent` methods of `gateway`: event name → method. */
export function socketEventHandlers(gateway: object): Map<string, Handler> {
  const handlers = new Map<string, Handler>();
  const proto = Object.getPrototypeOf(gateway) as object;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const fn = Object.getOwnPropertyDescriptor(proto, name)?.value as unknown;
    if (typeof fn !== 'function') continue;
    const event = Reflect.getMetadata(SOCKET_EVENT, fn) as string | undefined;
    if (event) handlers.set(event, (fn as Handler).bind(gateway));
  }
  return handlers;
}

/** What a client sent with an event, split as Nest's IoAdapter does: the payload, and the ack (last, if a function). */
function payloadOf(args: unknown[]): { data: unknown; ack?: (answer: unknown) => void } {
  const last = args.at(-1);
  const ack = typeof last === 'function' ? (last as (answer: unknown) => void) : undefined;
  const rest = ack ? args.slice(0, -1) : args;
  return { data: rest.length === 1 ? rest[0] : ack && rest.length === 0 ? undefined : rest, ack };
}

/**
 * Binds a socket's events straight to their handlers (`socketEventHandlers`), without Nest's per-event pipeline (the global guard
 * and interceptor, which act on HTTP only, wrapped in rxjs and an async resource for every message: about
 * 5 % of the API's CPU per chat message). The same behaviour as `SpiegelIoAdapter.bindMessageHandlers`:
 * every handler runs at once, its answer goes to the ack, nothing is sent after a disconnect, and a
 * failure is logged (handlers answer errors themselves; this is the last resort).
 */
export function bindSocketEvents(socket: Socket, handlers: Map<string, Handler>, log: Logger): void {
  for (const [event, handler] of handlers) {
    socket.on(event, (...args: unknown[]) => {
      const { data, ack } = payloadOf(args);
      let answer: Promise<unknown>;
      try {
        answer = Promise.resolve(handler(socket, data));
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
