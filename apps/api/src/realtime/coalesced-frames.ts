/** The parts of engine.io's connection and WebSocket transport used here (engine.io exports no types for them). */
interface Corkable {
  cork(): void;
  uncork(): void;
}
interface EngineTransport {
  name: string;
  send(packets: unknown[]): void;
  /** The `ws` WebSocket; its `_socket` is the TCP socket it writes to. */
  socket?: { _socket?: Corkable };
}
export interface EngineConnection {
  transport: EngineTransport;
  on(event: 'upgrade', listener: (transport: EngineTransport) => void): unknown;
}

const coalesced = new WeakSet<EngineTransport>();

function coalesce(transport: EngineTransport): void {
  if (transport.name !== 'websocket' || coalesced.has(transport)) return;
  coalesced.add(transport);
  const send = transport.send.bind(transport);
  transport.send = (packets) => {
    const tcp = transport.socket?._socket;
    if (packets.length < 2 || typeof tcp?.cork !== 'function') return send(packets);
    tcp.cork();
    try {
      send(packets);
    } finally {
      tcp.uncork();
    }
  };
}

/**
 * One write to the TCP socket for all the frames engine.io flushes at once. While a write is in flight,
 * engine.io queues what else is sent to that socket (a busy room's messages, the ack beside the author's
 * own copy, the live panel) and flushes the queue when the write completes; `ws` then writes each frame
 * on its own (one `writev` system call each, the largest single cost of the API at saturation). Corked
 * around the flush, the frames leave in one `writev`: the same bytes in the same order, fewer calls.
 * Falls back to engine.io's own sending when the transport is not a WebSocket or `ws` changed its shape.
 */
export function coalesceFrames(connection: EngineConnection): void {
  coalesce(connection.transport);
  connection.on('upgrade', coalesce);
}
