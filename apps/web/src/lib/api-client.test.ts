import { afterEach, describe, expect, it } from '@jest/globals';
import { mockFetch } from '../testing/mock-fetch';
import { ApiError, apiFetch } from './api-client';

afterEach(() => {
  document.cookie = 'spiegel_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

describe('apiFetch', () => {
  it('should throw an ApiError with status, code and message when the API refuses', async () => {
    mockFetch([
      {
        path: '/api/admin/members',
        status: 403,
        body: { statusCode: 403, code: 'FORBIDDEN', message: 'Dit mag je niet doen.' },
      },
    ]);
    const error = await apiFetch('/admin/members').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, code: 'FORBIDDEN', message: 'Dit mag je niet doen.' });
  });

  it('should send pasted text without the characters the API refuses (a vertical tab becomes a line break)', async () => {
    const { calls } = mockFetch([{ method: 'PATCH', path: /^\/api\/rooms\/r1$/, body: {} }]);
    await apiFetch('/rooms/r1', {
      method: 'PATCH',
      body: { agreements: 'We luisteren\u000bzonder oordeel\u0000.', nested: ['half \ud800 paar'] },
    });
    expect(calls[0]?.body).toEqual({ agreements: 'We luisteren\nzonder oordeel.', nested: ['half  paar'] });
  });

  it('should read the CSRF token from the cookie at request time for changes only', async () => {
    const { calls } = mockFetch([
      { method: 'POST', path: '/api/auth/logout', status: 204 },
      { path: '/api/auth/session', body: { me: null, csrfToken: 'x' } },
    ]);
    document.cookie = 'spiegel_csrf=first-token-0123456789';
    await apiFetch('/auth/session');
    document.cookie = 'spiegel_csrf=rotated-token-0123456789';
    await expect(apiFetch('/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
    expect(calls[0]?.headers['x-csrf-token']).toBeUndefined();
    expect(calls[1]?.headers['x-csrf-token']).toBe('rotated-token-0123456789');
  });

  it('should fetch a fresh CSRF token and try once more when the token was refused', async () => {
    let attempts = 0;
    const { calls } = mockFetch([
      { path: '/api/auth/session', body: { me: null, csrfToken: 'fresh-token-0123456789' } },
      {
        method: 'POST',
        path: /^\/api\/auth\/logout$/,
        get status() {
          attempts += 1;
          return attempts === 1 ? 403 : 204;
        },
        get body() {
          return attempts === 1 ? { statusCode: 403, code: 'CSRF_FAILED', message: 'Verlopen.' } : undefined;
        },
      },
    ]);
    await expect(apiFetch('/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /api/auth/logout',
      'GET /api/auth/session',
      'POST /api/auth/logout',
    ]);
    expect(calls[2]?.headers['x-csrf-token']).toBe('fresh-token-0123456789');
  });

  it('should turn a network failure into NETWORK_ERROR', async () => {
    globalThis.fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(apiFetch('/auth/session')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});
