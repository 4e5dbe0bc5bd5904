import { afterEach, describe, expect, it } from '@jest/globals';
import { mockFetch } from '../testing/mock-fetch';
import { ApiError, apiFetch } from './api-client';

function answer(status: number, body: unknown): Response {
  return {
    ok: status >= 200 && status < 300,
    status,
    json: async () => body,
    text: async () => JSON.stringify(body),
  } as Response;
}

afterEach(() => {
  delete window.__spiegelEarly;
});

describe('early requests', () => {
  it("should answer the app's request from the one index.html started, once", async () => {
    window.__spiegelEarly = { '/api/mutes': Promise.resolve(answer(200, ['early'])) };
    const { calls } = mockFetch([{ path: '/api/mutes', body: ['fetched'] }]);
    expect(await apiFetch('/mutes')).toEqual(['early']);
    expect(calls).toHaveLength(0);
    // Taken: the next request asks the API.
    expect(await apiFetch('/mutes')).toEqual(['fetched']);
    expect(calls).toHaveLength(1);
  });

  it('should ask again when the early answer was a refusal (asked before a log-in)', async () => {
    window.__spiegelEarly = {
      '/api/mutes': Promise.resolve(answer(401, { code: 'UNAUTHENTICATED', message: '' })),
    };
    const { calls } = mockFetch([{ path: '/api/mutes', body: ['fetched'] }]);
    expect(await apiFetch('/mutes')).toEqual(['fetched']);
    expect(calls).toHaveLength(1);
  });

  it('should ask again when the early request failed on the network', async () => {
    const failed = Promise.reject(new TypeError('Failed to fetch'));
    failed.catch(() => undefined);
    window.__spiegelEarly = { '/api/mutes': failed };
    const { calls } = mockFetch([
      { path: '/api/mutes', status: 500, body: { code: 'INTERNAL_ERROR', message: '' } },
    ]);
    const error = await apiFetch('/mutes').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 500 });
    expect(calls).toHaveLength(1);
  });

  it('should never use an early answer for a change', async () => {
    window.__spiegelEarly = { '/api/mutes': Promise.resolve(answer(200, ['early'])) };
    const { calls } = mockFetch([{ method: 'PUT', path: '/api/mutes', body: ['put'] }]);
    expect(await apiFetch('/mutes', { method: 'PUT', body: {} })).toEqual(['put']);
    expect(calls).toHaveLength(1);
  });
});
