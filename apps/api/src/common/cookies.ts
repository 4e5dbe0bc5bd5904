import type { Request } from 'express';

/** The double-submit CSRF cookie and the header a write must echo it in (csrf.middleware.ts). */
export const CSRF_COOKIE = 'spiegel_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** A cookie's value as cookie-parser left it, or undefined. */
export function readCookie(req: Request, name: string): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}
