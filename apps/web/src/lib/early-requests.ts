/**
 * Answers index.html asked for before the app's code arrived (a deep link's first requests, see
 * app/route-hints.ts): each is taken once, by the app's own request for the same URL. Only a success is
 * used: an answer given before a log-in (401) or an error is dropped and the app asks again, so nothing
 * stale outlives the first screen; after EARLY_MAX_AGE_MS none is taken at all.
 */
declare global {
  interface Window {
    __spiegelEarly?: Record<string, Promise<Response> | undefined>;
  }
}

const EARLY_MAX_AGE_MS = 30_000;

export async function takeEarlyResponse(url: string): Promise<Response | undefined> {
  const early = typeof window === 'undefined' ? undefined : window.__spiegelEarly;
  const pending = early?.[url];
  if (!early || !pending) return undefined;
  delete early[url];
  if (performance.now() > EARLY_MAX_AGE_MS) return undefined;
  const res = await pending.catch(() => undefined);
  return res?.ok ? res : undefined;
}
