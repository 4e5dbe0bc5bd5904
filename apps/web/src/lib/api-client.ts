import { cleanTypedValues } from '@spiegel/domain';
import { API_BASE, CSRF_COOKIE, CSRF_HEADER } from '../config/constants';
import { takeEarlyResponse } from './early-requests';

/** The API's error body: `{ statusCode, code, message, details? }`. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
}

/** Thrown by `apiFetch` for every answer that is not 2xx, and for network failures (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** `details.fields` of a VALIDATION_FAILED answer, e.g. `["displayName: 2 tot 32 …"]`. */
  get fieldNames(): string[] {
    const fields = (this.details as { fields?: unknown } | undefined)?.fields;
    if (!Array.isArray(fields)) return [];
    return fields
      .filter((f): f is string => typeof f === 'string')
      .map((f) => f.split(':')[0]?.trim() ?? '')
      .filter(Boolean);
  }

  get retryAfterSeconds(): number | undefined {
    const value = (this.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    return typeof value === 'number' ? value : undefined;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The last token the session endpoint handed out; the cookie wins when it is there. */
let csrfFallback: string | undefined;

export function rememberCsrfToken(token: string | undefined): void {
  if (token) csrfFallback = token;
}

function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  for (const part of document.cookie.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    if (part.slice(0, i).trim() === name) {
      const raw = part.slice(i + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return undefined;
}

/** The CSRF token to send now: the cookie is the source of truth (it can change). */
export function csrfToken(): string | undefined {
  return readCookie(CSRF_COOKIE) ?? csrfFallback;
}

export interface ApiFetchOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

async function send(path: string, options: ApiFetchOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (!SAFE_METHODS.has(method)) {
    const token = csrfToken();
    if (token) headers[CSRF_HEADER] = token;
  }
  if (method === 'GET') {
    // A deep link's first requests may already be on their way (index.html started them).
    const early = await takeEarlyResponse(`${API_BASE}${path}`);
    if (early) return early;
  }
  try {
    return await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      // Characters pasted unseen (a word processor's vertical tab, a control character) would be refused.
      body: options.body === undefined ? undefined : JSON.stringify(cleanTypedValues(options.body)),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK_ERROR', '');
  }
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: Partial<ApiErrorBody> | undefined;
  try {
    body = (await res.json()) as Partial<ApiErrorBody>;
  } catch {
    body = undefined;
  }
  const code = typeof body?.code === 'string' ? body.code : res.status >= 500 ? 'INTERNAL_ERROR' : 'UNKNOWN';
  const message = typeof body?.message === 'string' ? body.message : '';
  return new ApiError(res.status, code, message, body?.details);
}

/**
 * Calls the API on the same origin with the session cookie and, for changes, the CSRF header.
 * Resolves with the parsed JSON (undefined for 204); throws an `ApiError` otherwise.
 */
export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  let res = await send(path, options);
  if (res.status === 403 && !SAFE_METHODS.has(options.method ?? 'GET')) {
    const error = await toApiError(res);
    if (error.code !== 'CSRF_FAILED') throw error;
    // The CSRF cookie was missing or rotated: fetching the session sets a fresh one; try once more.
    const session = await send('/auth/session', { signal: options.signal });
    if (session.ok) rememberCsrfToken(((await session.json()) as { csrfToken?: string }).csrfToken);
    res = await send(path, options);
  }
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
