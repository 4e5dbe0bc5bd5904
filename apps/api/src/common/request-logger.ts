import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

/**
 * One line per API request: method, the route pattern (never the raw URL, which can hold invitation
 * codes or reset tokens), status and duration. No bodies, no cookies, no query strings.
 * Only with `LOG_REQUESTS` on (a line per request buries everything else); server errors always.
 */
export function requestLogger(logger: Logger, everyRequest: boolean) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      if (res.statusCode < 500 && !everyRequest) return;
      const route = (req.route as { path?: string } | undefined)?.path;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const level = res.statusCode >= 500 ? 'error' : 'info';
      logger[level](
        {
          method: req.method,
          route: route ? `${req.baseUrl}${route}` : '(unmatched)',
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
        },
        'request',
      );
    });
    next();
  };
}
