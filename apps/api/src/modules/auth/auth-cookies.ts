import type { CookieOptions, Response } from 'express';
import type { AppConfig } from '../../config/config.js';

export const SESSION_COOKIE = 'spiegel_session';
/** A right password waiting for its second step (no session yet); short-lived. */
export const SECOND_STEP_COOKIE = 'spiegel_2fa_pending';
/** "Dit apparaat 30 dagen onthouden": signed and bound to one person. */
export const REMEMBERED_DEVICE_COOKIE = 'spiegel_2fa_device';

export function sessionCookieOptions(config: AppConfig): CookieOptions {
  return {
    httpOnly: true,
    secure: config.cookieSecure,
    sameSite: 'lax',
    path: '/',
    maxAge: config.sessionTtlDays * 24 * 60 * 60 * 1000,
  };
}

export function setSessionCookie(res: Response, token: string, config: AppConfig): void {
  res.cookie(SESSION_COOKIE, token, sessionCookieOptions(config));
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  const { maxAge: _maxAge, ...options } = sessionCookieOptions(config);
  res.clearCookie(SESSION_COOKIE, options);
}

export function setSecondStepCookie(res: Response, token: string, config: AppConfig, maxAgeMs: number): void {
  res.cookie(SECOND_STEP_COOKIE, token, {
    ...sessionCookieOptions(config),
    sameSite: 'strict',
    maxAge: maxAgeMs,
  });
}

export function clearSecondStepCookie(res: Response, config: AppConfig): void {
  const { maxAge: _maxAge, ...options } = sessionCookieOptions(config);
  res.clearCookie(SECOND_STEP_COOKIE, { ...options, sameSite: 'strict' });
}

// Reading a cookie is shared with common/ (the CSRF middleware): it lives there, the auth module re-exports it.
export { readCookie } from '../../common/cookies.js';

/** Parses a raw Cookie header (used for the socket.io handshake, where no middleware has run). */
export function parseCookieHeader(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const key = part.slice(0, i).trim();
    const raw = part.slice(i + 1).trim();
    try {
      out[key] = decodeURIComponent(raw);
    } catch {
      out[key] = raw;
    }
  }
  return out;
}
