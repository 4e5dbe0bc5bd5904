import { afterEach, describe, expect, it } from '@jest/globals';
import { QueryClient } from '@tanstack/react-query';
import { getCompare } from '../features/insight/api/get-compare';
import { getDashboard } from '../features/insight/api/get-dashboard';
import { prefetchRoom } from '../features/rooms/api/prefetch-room';
import { mockFetch } from '../testing/mock-fetch';
import { type BuiltRouteHint, ROUTE_HINTS, routeHintScript } from './route-hints';

const ROOM = '5b0c6a3e-8d1f-4c2a-9e7b-2f4d6a8c0e1f';

function hintFor(module: string) {
  const hint = ROUTE_HINTS.find((h) => h.module === module);
  if (!hint) throw new Error(`no hint for ${module}`);
  return hint;
}

const requestsOf = (module: string, id = ROOM) => hintFor(module).requests.map((r) => r.replace('$1', id));

/** Runs the inline script as index.html would, on the given path, and returns what it started. */
function runScript(pathname: string, hints: readonly BuiltRouteHint[]) {
  window.history.pushState({}, '', pathname);
  const { calls } = mockFetch([{ path: /./, body: {} }]);
  new Function(routeHintScript(hints))();
  const links = [...document.head.querySelectorAll('link')].map((l) => [
    l.rel,
    l.getAttribute('href'),
    l.getAttribute('as'),
    l.getAttribute('crossorigin'),
  ]);
  return { calls, links, early: Object.keys(window.__spiegelEarly ?? {}) };
}

const BUILT: BuiltRouteHint[] = ROUTE_HINTS.map((h) => ({
  pattern: h.pattern,
  requests: h.requests,
  scripts: [`/assets/${h.module.split('/').pop()?.replace('.tsx', '')}-abc.js`],
  styles: h.module.includes('room-dashboard') ? ['/assets/insight-abc.css'] : [],
}));

afterEach(() => {
  document.head.innerHTML = '';
  delete window.__spiegelEarly;
  window.history.pushState({}, '', '/');
});

describe('route hints', () => {
  it('should name exactly the requests the room view makes first', async () => {
    const { calls } = mockFetch([{ path: /./, body: { items: [], nextBefore: null } }]);
    prefetchRoom(new QueryClient(), ROOM);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls.map((c) => c.path).sort()).toEqual(requestsOf('src/app/routes/room.tsx').sort());
  });

  it("should name exactly the dashboard's and the report's first requests", async () => {
    const { calls } = mockFetch([{ path: /./, body: {} }]);
    await getDashboard(ROOM, { from: '', to: '' });
    await getCompare();
    expect(calls.map((c) => c.path)).toEqual([
      ...requestsOf('src/app/routes/room-dashboard.tsx'),
      ...requestsOf('src/app/routes/rapport.tsx'),
    ]);
  });

  it("should start a room's requests and preload its code on a deep link to it", () => {
    const { calls, links, early } = runScript(`/ruimtes/${ROOM}`, BUILT);
    const expected = requestsOf('src/app/routes/room.tsx');
    expect(calls.map((c) => [c.method, c.path, c.headers.Accept])).toEqual(
      expected.map((url) => ['GET', url, 'application/json']),
    );
    expect(early).toEqual(expected);
    expect(links).toEqual([['modulepreload', '/assets/room-abc.js', null, '']]);
  });

  it("should preload the dashboard's code and stylesheet, not the room's", () => {
    const { calls, links } = runScript(`/ruimtes/${ROOM}/dashboard`, BUILT);
    expect(calls.map((c) => c.path)).toEqual([`/api/insight/rooms/${ROOM}/dashboard`]);
    expect(links).toEqual([
      ['modulepreload', '/assets/room-dashboard-abc.js', null, ''],
      ['preload', '/assets/insight-abc.css', 'style', ''],
    ]);
  });

  it.each([
    ['another page', '/mijn-pad'],
    ['a story in a room', `/ruimtes/${ROOM}/verhalen/abc`],
    ['an id that is not plain', '/ruimtes/..%2F..%2Fadmin'],
  ])('should start nothing on %s', (_name, pathname) => {
    const { calls, links, early } = runScript(pathname, BUILT);
    expect([calls, links, early]).toEqual([[], [], []]);
  });
});
