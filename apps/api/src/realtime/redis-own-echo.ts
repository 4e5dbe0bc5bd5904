import { Buffer } from 'node:buffer';

interface Parser {
  encode(msg: unknown): unknown;
  decode(msg: unknown): unknown;
}

/** The parts of `@socket.io/redis-adapter`'s adapter used here. */
interface RedisAdapterLike {
  readonly uid: string;
  parser: Parser;
}

/**
 * The Redis adapter publishes each broadcast to a pattern it subscribes to itself, so every message comes
 * back to the instance that sent it, which decodes all of it (the whole contribution) only to compare the
 * sender's id in front and drop it. Its broadcasts are `[uid, packet, opts]` in MessagePack: an array of
 * three, then the uid as a short string. A message that starts with this adapter's own uid is answered
 * `[uid]` without decoding the rest, and the adapter drops it as before; anything else is decoded as usual.
 */
export function skipOwnEcho<A extends object>(adapter: A): A {
  const a = adapter as unknown as RedisAdapterLike;
  const uid = Buffer.from(String(a.uid), 'utf8');
  if (uid.length === 0 || uid.length > 31) return adapter; // not a MessagePack fixstr: leave it alone
  const prefix = Buffer.concat([Buffer.from([0x93, 0xa0 | uid.length]), uid]);
  const parser = a.parser;
  a.parser = {
    encode: (msg) => parser.encode(msg),
    decode: (msg) =>
      Buffer.isBuffer(msg) && msg.length > prefix.length && prefix.equals(msg.subarray(0, prefix.length))
        ? [a.uid]
        : parser.decode(msg),
  };
  return adapter;
}
