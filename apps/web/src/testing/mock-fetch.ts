import { jest } from '@jest/globals';

/** One fake answer at the network boundary: `GET /api/auth/session` → status + JSON body. */
export interface MockRoute {
  method?: string;
  path: string | RegExp;
  status?: number;
  body?: unknown;
  /** Resolve the answer yourself (e.g. to see a pending state); defaults to at once. */
  until?: Promise<unknown>;
}

export interface FetchCall {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

function fakeResponse(status: number, body: unknown): Response {
  const text = body === undefined ? '' : JSON.stringify(body);
  return {
    ok: status >= 200 && status < 300,
    status,
    json: async () => JSON.parse(text) as unknown,
    text: async () => text,
  } as Response;
}

/**
 * Replaces `fetch` for component tests. Unknown requests fail the test loudly with a 599 body,
 * so a component never silently talks to something the test did not expect.
 */
export function mockFetch(routes: MockRoute[]) {
  const calls: FetchCall[] = [];
  const fn = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = url.replace(/^https?:\/\/[^/]+/, '');
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    calls.push({ method, path, headers: { ...(init?.headers as Record<string, string>) }, body });
    const route = routes.find(
      (r) =>
        (r.method ?? 'GET').toUpperCase() === method &&
        (typeof r.path === 'string' ? r.path === path : r.path.test(path)),
    );
    if (!route) return fakeResponse(599, { code: 'UNMOCKED', message: `No mock for ${method} ${path}` });
    if (route.until) await route.until;
    return fakeResponse(route.status ?? 200, route.body);
  });
  globalThis.fetch = fn as unknown as typeof fetch;
  return { fn, calls };
}

/** A promise with its resolve function outside, to hold an answer back. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => undefined as void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
