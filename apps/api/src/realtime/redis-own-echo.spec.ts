import { Buffer } from 'node:buffer';
import { skipOwnEcho } from './redis-own-echo.js';

/** MessagePack of `[uid, 1, 2]` for a short uid: array of three, fixstr, two positive fixints. */
const broadcastFrom = (uid: string) =>
  Buffer.concat([Buffer.from([0x93, 0xa0 | uid.length]), Buffer.from(uid), Buffer.from([0x01, 0x02])]);

function adapterWith(uid: string) {
  const decoded: unknown[] = [];
  const adapter = {
    uid,
    parser: {
      encode: (msg: unknown) => ({ encoded: msg }),
      decode: (msg: unknown) => {
        decoded.push(msg);
        return ['decoded'];
      },
    },
  };
  return { adapter: skipOwnEcho(adapter), decoded };
}

describe('skipOwnEcho', () => {
  it('should answer its own broadcast with its uid alone, without decoding it', () => {
    const { adapter, decoded } = adapterWith('abc123');
    expect(adapter.parser.decode(broadcastFrom('abc123'))).toEqual(['abc123']);
    expect(decoded).toHaveLength(0);
  });

  it.each([
    ['another instance', broadcastFrom('xyz789')],
    ['a uid that only starts the same', broadcastFrom('abc1234')],
    ['a request (a map, not an array)', Buffer.from([0x82, 0xa6, ...Buffer.from('abc123')])],
    ['a string message', 'abc123'],
  ])('should decode %s as before', (_name, msg) => {
    const { adapter, decoded } = adapterWith('abc123');
    expect(adapter.parser.decode(msg)).toEqual(['decoded']);
    expect(decoded).toEqual([msg]);
  });

  it('should encode through the adapter’s own parser', () => {
    const { adapter } = adapterWith('abc123');
    expect(adapter.parser.encode(['x'])).toEqual({ encoded: ['x'] });
  });
});
