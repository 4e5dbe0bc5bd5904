import { EventEmitter } from 'node:events';
import { coalesceFrames, type EngineConnection } from './coalesced-frames.js';

/** A transport as engine.io's: `send` writes each packet; the TCP socket records cork state per write. */
function transport(name: string, withTcp = true) {
  const log: string[] = [];
  let corked = 0;
  const tcp = {
    cork: () => void (corked++, log.push('cork')),
    uncork: () => void (corked--, log.push('uncork')),
  };
  const t = {
    name,
    socket: withTcp ? { _socket: tcp } : {},
    send(packets: unknown[]) {
      for (const p of packets) log.push(`write ${String(p)}${corked > 0 ? ' (corked)' : ''}`);
    },
  };
  return { t, log };
}

function connection(t: ReturnType<typeof transport>['t']) {
  return Object.assign(new EventEmitter(), { transport: t }) as unknown as EngineConnection & EventEmitter;
}

describe('coalesceFrames', () => {
  it('should write the frames of one flush inside one cork, in order', () => {
    const { t, log } = transport('websocket');
    coalesceFrames(connection(t));
    t.send(['a', 'b', 'c']);
    expect(log).toEqual(['cork', 'write a (corked)', 'write b (corked)', 'write c (corked)', 'uncork']);
  });

  it('should leave a flush of one frame as it was', () => {
    const { t, log } = transport('websocket');
    coalesceFrames(connection(t));
    t.send(['a']);
    expect(log).toEqual(['write a']);
  });

  it('should uncork when the write throws', () => {
    const { t, log } = transport('websocket');
    t.send = () => {
      throw new Error('gone');
    };
    coalesceFrames(connection(t));
    expect(() => t.send(['a', 'b'])).toThrow('gone');
    expect(log).toEqual(['cork', 'uncork']);
  });

  it.each([
    ['a polling transport', transport('polling')],
    ['a WebSocket without its TCP socket', transport('websocket', false)],
  ])('should send as before on %s', (_name, { t, log }) => {
    coalesceFrames(connection(t));
    t.send(['a', 'b']);
    expect(log).toEqual(['write a', 'write b']);
  });

  it('should follow an upgrade to a WebSocket', () => {
    const polling = transport('polling');
    const conn = connection(polling.t);
    coalesceFrames(conn);
    const ws = transport('websocket');
    conn.emit('upgrade', ws.t);
    ws.t.send(['a', 'b']);
    expect(ws.log).toEqual(['cork', 'write a (corked)', 'write b (corked)', 'uncork']);
  });
});
