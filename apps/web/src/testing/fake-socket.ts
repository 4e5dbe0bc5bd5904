import type { Ack } from '@spiegel/domain';
import type { SpiegelSocket } from '../lib/socket';

type Listener = (...args: unknown[]) => void;

export interface SentEvent {
  event: string;
  payload: unknown;
  /** Answers the client's acknowledgement (nothing happens if the client already gave up). */
  ack?: (response: Ack<unknown>) => void;
  /** Lets the client's `timeout()` fire now, as if the server never answered. */
  timeOut?: () => void;
}

/**
 * Just enough of a socket.io client for component tests: the server side is played by the test,
 * which sees every emit (with its acknowledgement) and can push server events.
 */
export function createFakeSocket({ connected = true }: { connected?: boolean } = {}) {
  const listeners = new Map<string, Set<Listener>>();
  const sent: SentEvent[] = [];
  const answers = new Map<string, (payload: unknown) => Ack<unknown>>();
  let timeoutMs: number | null = null;

  const socket = {
    connected,
    on(event: string, listener: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)?.add(listener);
      return socket;
    },
    off(event: string, listener: Listener) {
      listeners.get(event)?.delete(listener);
      return socket;
    },
    connect() {
      socket.connected = true;
      return socket;
    },
    disconnect() {
      socket.connected = false;
      return socket;
    },
    timeout(ms: number) {
      timeoutMs = ms;
      return socket;
    },
    emit(event: string, payload: unknown, callback?: (...args: unknown[]) => void) {
      const withTimeout = timeoutMs !== null;
      timeoutMs = null;
      let settled = false;
      const entry: SentEvent = { event, payload };
      if (callback) {
        entry.ack = (response) => {
          if (settled) return;
          settled = true;
          if (withTimeout) callback(null, response);
          else callback(response);
        };
        entry.timeOut = () => {
          if (settled) return;
          settled = true;
          callback(new Error('operation has timed out'));
        };
      }
      sent.push(entry);
      const answer = answers.get(event);
      if (answer && entry.ack) {
        const ack = entry.ack;
        queueMicrotask(() => ack(answer(payload)));
      }
      return true;
    },
  };

  /** A server event arriving at the client. */
  const serverEmit = (event: string, ...args: unknown[]) => listeners.get(event)?.forEach((l) => l(...args));

  const sentOf = (event: string) => sent.filter((s) => s.event === event);

  /** The connection drops (as socket.io reports it) or comes back. */
  const drop = () => {
    socket.connected = false;
    serverEmit('disconnect', 'transport close');
  };
  const reconnect = () => {
    socket.connected = true;
    serverEmit('connect');
  };

  /** Answers every future `event` at once, the way the server would. */
  const answerAlways = (event: string, answer: (payload: unknown) => Ack<unknown>) =>
    answers.set(event, answer);

  return {
    socket: socket as unknown as SpiegelSocket,
    sent,
    sentOf,
    serverEmit,
    drop,
    reconnect,
    answerAlways,
  };
}

export type FakeSocket = ReturnType<typeof createFakeSocket>;
