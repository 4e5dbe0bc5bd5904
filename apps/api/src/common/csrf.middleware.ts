import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../config/config.js';
import { randomToken, safeEqual } from './crypto.js';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from './cookies.js';

/**
 * The POSTs that carry their own authority and no session: one-click unsubscribe (a signed token) and
 * the bounce webhook (a shared secret as bearer token).
 */
const TOKEN_ONLY_POSTS = ['/api/outreach/unsubscribe?', '/api/outreach/bounces'];

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(req: Request): string | undefined {
  const origin = req.headers.origin;
  if (origin && origin !== 'null') return origin;
  const referer = req.headers.referer;
  if (!referer) return origin; // 'null' or absent
  try {
    return new URL(referer).origin;
  } catch {
    return 'invalid';
  }
}

/**
 * CSRF defence for cookie-authenticated state changes, in two layers: a browser Origin (or Referer)
 * must be one of ours, and a double-submit token (cookie `spiegel_csrf` echoed in `x-csrf-token`)
 * must match. A cross-site page can neither read the cookie nor set the header without CORS, which we never allow.
 */
export function csrfMiddleware(config: AppConfig) {
  return (req: Request, res: Response, next: NextFunction): void => {
    // RFC 8058 one-click unsubscribe and the bounce webhook: a mail provider posts without cookies.
    if (req.method === 'POST' && TOKEN_ONLY_POSTS.some((p) => req.originalUrl.startsWith(p))) return next();
    let token = readCookie(req, CSRF_COOKIE);
    if (!token || token.length < 16 || token.length > 128) {
      token = randomToken(24);
      res.cookie(CSRF_COOKIE, token, {
        httpOnly: false,
        sameSite: 'strict',
        secure: config.cookieSecure,
        path: '/',
      });
      // Lets this very request (e.g. GET /api/auth/session) hand the token to the client.
      (req as Request & { csrfToken?: string }).csrfToken = token;
      if (SAFE_METHODS.has(req.method)) return next();
      return reject(res, 'CSRF_FAILED');
    }
    (req as Request & { csrfToken?: string }).csrfToken = token;
    if (SAFE_METHODS.has(req.method)) return next();

    const origin = originOf(req);
    if (origin !== undefined && !config.allowedOrigins.includes(origin))
      return reject(res, 'ORIGIN_NOT_ALLOWED');
    const header = req.headers[CSRF_HEADER];
    if (typeof header !== 'string' || !safeEqual(header, token)) return reject(res, 'CSRF_FAILED');
    next();
  };
}

function reject(res: Response, code: 'CSRF_FAILED' | 'ORIGIN_NOT_ALLOWED'): void {
  res.status(403).json({
    statusCode: 403,
    code,
    message:
      code === 'CSRF_FAILED'
        ? 'Je sessie is verlopen of het verzoek kwam niet van Spiegel zelf. Herlaad de pagina en probeer het opnieuw.'
        : 'Dit verzoek komt van een website die niet bij Spiegel hoort.',
  });
}
