import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config/config.js';

/** socket.io `allowRequest`: a browser handshake must come from one of our own origins. */
export function originAllowed(config: AppConfig) {
  return (
    req: IncomingMessage,
    callback: (err: string | null | undefined, success: boolean) => void,
  ): void => {
    const origin = req.headers.origin;
    // Non-browser clients (tests, load generators) send no Origin; cookies still authenticate them.
    callback(null, origin === undefined || config.allowedOrigins.includes(origin));
  };
}
