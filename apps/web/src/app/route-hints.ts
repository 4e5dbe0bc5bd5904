/**
 * Deep links to the pages people open from a notification or a bookmark: what each one's first screen needs
 * besides the entry (its route's code and its first requests). A few lines inline in index.html (written at
 * build time by vite.config.ts, see routeHintScript) start them while the entry is still loading, instead of
 * after the entry has run, the session has come back and the route's code has arrived. Nothing here is in
 * any route's JavaScript: the participant's scripts do not grow.
 *
 * The requests must be exactly those the app makes (route-hints.test.ts checks them against the app's own
 * fetchers); the app takes their answers through `takeEarlyResponse` (lib/early-requests.ts).
 */
export interface RouteHint {
  /** A pathname pattern; its first group is the id (plain ids only, so the path and the request agree). */
  pattern: string;
  /** The route's module, relative to apps/web: its chunk, its own imports and CSS are preloaded. */
  module: string;
  /** Other modules the route loads at once (its texts, see router.tsx), preloaded likewise. */
  alsoLoads?: readonly string[];
  /** GET requests the route makes first, as the app asks them; `$1` is the id. */
  requests: readonly string[];
}

const ID = '([0-9A-Za-z-]{1,64})';

export const ROUTE_HINTS: readonly RouteHint[] = [
  {
    pattern: `^/ruimtes/${ID}/?$`,
    module: 'src/app/routes/room.tsx',
    requests: ['/api/rooms/$1', '/api/rooms/$1/contributions?limit=50', '/api/mutes'],
  },
  {
    pattern: `^/ruimtes/${ID}/dashboard/?$`,
    module: 'src/app/routes/room-dashboard.tsx',
    requests: ['/api/insight/rooms/$1/dashboard'],
  },
  {
    // A facilitator's report waits for the comparison (it names their newest traject).
    pattern: '^/rapport/?$',
    module: 'src/app/routes/rapport.tsx',
    alsoLoads: ['src/i18n/coding.nl.ts'],
    requests: ['/api/insight/report/compare'],
  },
];

/** A hint with its built files: module chunks to modulepreload and stylesheets to preload. */
export interface BuiltRouteHint {
  pattern: string;
  requests: readonly string[];
  scripts: readonly string[];
  styles: readonly string[];
}

/**
 * The inline script (ES5, no dependencies): for the first hint whose pattern matches the page's path it starts
 * the requests (their promises in `window.__spiegelEarly`, keyed by URL) and preloads the route's files.
 */
export function routeHintScript(hints: readonly BuiltRouteHint[]): string {
  const data = JSON.stringify(hints.map((h) => [h.pattern, h.requests, h.scripts, h.styles]));
  return (
    `(function(h){var e=window.__spiegelEarly={},p=location.pathname,d=document.head;` +
    `function l(r,f,a){var k=document.createElement('link');k.rel=r;k.href=f;if(a)k.setAttribute('as',a);k.crossOrigin='';d.appendChild(k)}` +
    `for(var i=0;i<h.length;i++){var m=new RegExp(h[i][0]).exec(p);if(!m)continue;` +
    `h[i][1].forEach(function(u){u=u.replace('$1',m[1]);var r=fetch(u,{headers:{Accept:'application/json'},credentials:'same-origin'});` +
    `r.catch(function(){});e[u]=r});` +
    `h[i][2].forEach(function(f){l('modulepreload',f)});h[i][3].forEach(function(f){l('preload',f,'style')});return}` +
    `})(${data});`
  );
}
