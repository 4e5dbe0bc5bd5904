import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { exceedsNestingDepth, MAX_INPUT_DEPTH } from '@spiegel/domain';
import { toErrorBody } from './http-exception.filter.js';

/**
 * The API's only body parser: JSON (gzip, deflate or br allowed), at most `limit` bytes once
 * inflated, nested at most MAX_INPUT_DEPTH levels. Everything it refuses is a 4xx with a code
 * here, before guards, pipes or class-transformer (whose recursion a deep body used to overflow)
 * see the request.
 */
export function jsonBody(limit: string): RequestHandler[] {
  return [
    refuseOtherMediaTypes,
    express.json({ limit, strict: true }),
    (err: unknown, _req: Request, res: Response, next: NextFunction) => {
      if (!err) return next();
      const body = toErrorBody(err);
      res.status(body.statusCode).json(body);
    },
    (req: Request, res: Response, next: NextFunction) => {
      if (!exceedsNestingDepth(req.body)) return next();
      res.status(400).json({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: `De inhoud is te diep genest (meer dan ${MAX_INPUT_DEPTH} niveaus).`,
      });
    },
  ] as RequestHandler[];
}

/**
 * A body in any other format would be skipped by the parser and the route would run as if nothing
 * was sent; refuse it instead, so what a client meant is never silently dropped.
 */
function refuseOtherMediaTypes(req: Request, res: Response, next: NextFunction): void {
  const length = req.headers['content-length'];
  const hasBody = req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
  if (!hasBody || req.is('application/json')) return next();
  // RFC 8058 one-click unsubscribe: mail providers post a form (List-Unsubscribe=One-Click); the signed
  // token in the URL is all the route reads, so the form body is left unread on purpose.
  if (req.method === 'POST' && req.originalUrl.startsWith('/api/outreach/unsubscribe?')) return next();
  res.status(415).json({
    statusCode: 415,
    code: 'VALIDATION_FAILED',
    message: 'Stuur de inhoud als JSON (Content-Type: application/json).',
  });
}
