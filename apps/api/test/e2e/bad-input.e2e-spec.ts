import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { buildRoom, clientId } from '../support/room-fixtures.js';
import { type RouteInfo, restRoutes, socketEvents } from '../support/route-catalog.js';
import { closeAllSockets, connected } from '../support/sockets.js';
import { startTestApp, type TestApp, TestClient } from '../support/test-app.js';

/**
 * Property-based bad input: random and adversarial payloads at every REST route (found from the app's
 * own metadata) and every socket event. The outcome must always be a 4xx with a code and a message
 * (or a success), or an error ack — never a 500, a crash or a dropped connection.
 */
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 25);

const adversarialStrings = fc.constantFrom(
  '',
  ' ',
  'a'.repeat(200_000),
  'x'.repeat(5000),
  '\u0000',
  'null\u0000byte',
  '\u202eRTL override',
  'zero\u200bwidth\u200d',
  '😀'.repeat(3000),
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  "'; DROP TABLE contributions; --",
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  '{{7*7}}',
  '${process.exit(1)}',
  '\ud800', // a lone surrogate
  'NaN',
  '-1',
  '1e309',
  '00000000-0000-0000-0000-000000000000',
);

const scalar = fc.oneof(
  adversarialStrings,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

const deep = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('node'), { maxKeys: 4 }),
  ),
})).node;

/** A payload aimed at a DTO: its own field names with wrong or hostile values, plus unknown fields. */
function payloadFor(fields: string[]) {
  const known = fields.length
    ? fc.dictionary(fc.constantFrom(...fields), fc.oneof(scalar, deep), { maxKeys: fields.length })
    : fc.constant({});
  return fc.oneof(
    known,
    fc
      .tuple(known, fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), deep, { maxKeys: 3 }))
      .map(([a, b]) => ({ ...b, ...a })),
    deep,
    fc.constant(
      JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}') as unknown,
    ),
    fc.constant(Array.from({ length: 2000 }, (_, i) => i)),
  );
}

const paramValue = fc.oneof(
  fc.constant('00000000-0000-4000-8000-000000000000'),
  fc.uuid(),
  fc.constantFrom('1', '999999999999999999', '-1', 'abc', '%2e%2e', 'a'.repeat(500), '💥', 'null'),
);

let t: TestApp;
let member: TestMember;
let admin: TestMember;
let roomId: string;
const stats = { requests: 0, byStatus: {} as Record<string, number>, socketCases: 0 };

beforeAll(async () => {
  t = await startTestApp({
    SEND_LIMIT_PER_USER: '100000',
    SEND_LIMIT_PER_ROOM: '100000',
    LOGIN_MAX_ATTEMPTS: '100000',
  });
  const org = await buildOrganisation(t.ds);
  admin = await buildMember(t.ds, org.id, 'admin');
  member = await buildMember(t.ds, org.id, 'facilitator');
  roomId = (await buildRoom(t.ds, org.id, [admin.membershipId, member.membershipId])).id;
});
afterAll(async () => {
  console.log(`bad-input cases: ${JSON.stringify(stats)}`);
  await t.close();
});
afterEach(() => closeAllSockets());

/** Routes that end the fuzzing client's own session or account are fuzzed, then the client logs in again. */
async function freshClient(m: TestMember): Promise<TestClient> {
  const c = new TestClient(t.url, t.origin);
  expect((await c.login(m.login, m.password)).status).toBe(200);
  return c;
}

describe('every REST route', () => {
  let routes: RouteInfo[] = [];
  beforeAll(() => {
    routes = restRoutes(t.app);
  });

  it('should never answer random or hostile input with a 5xx', async () => {
    expect(routes.length).toBeGreaterThan(50);
    let c = await freshClient(admin);
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(
          payloadFor(route.bodyFields),
          fc.array(paramValue, { minLength: 3, maxLength: 3 }),
          fc.dictionary(
            fc.constantFrom(...(route.queryFields.length ? route.queryFields : ['x'])),
            fc.oneof(
              fc.string({ maxLength: 20 }),
              adversarialStrings.filter((s) => s.length < 2000),
            ),
            { maxKeys: 3 },
          ),
          async (body, params, query) => {
            let i = 0;
            const path = route.path.replace(/:[A-Za-z]+/g, (name) =>
              name === ':roomId' || (name === ':id' && route.path.startsWith('/api/rooms'))
                ? roomId
                : encodeURIComponent(params[i++ % 3]!),
            );
            const qs = new URLSearchParams(query as Record<string, string>).toString();
            const res = await c.request(
              route.method,
              qs ? `${path}?${qs}` : path,
              route.method === 'GET' ? undefined : body,
            );
            stats.requests++;
            stats.byStatus[res.status] = (stats.byStatus[res.status] ?? 0) + 1;
            if (res.status >= 500)
              throw new Error(
                `${route.key} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)} for ${JSON.stringify(body).slice(0, 300)}`,
              );
            if (res.status >= 400) {
              const err = res.body as { code?: unknown; message?: unknown };
              if (typeof err.code !== 'string' || typeof err.message !== 'string')
                throw new Error(`${route.key} → ${res.status} without code/message`);
            }
            if (res.status === 401 && !route.public) c = await freshClient(admin); // the fuzz hit logout or erasure
          },
        ),
        { numRuns: RUNS_PER_ROUTE, endOnFailure: true },
      );
    }
    expect(stats.requests).toBe(routes.length * RUNS_PER_ROUTE);
    expect((await fetch(`${t.url}/api/health`)).status).toBe(200);
  }, 600_000);

  it('should refuse a NUL, another control character or a lone surrogate in any body or query field with a 400 that names the field', async () => {
    let c = await freshClient(admin);
    let checked = 0;
    for (const route of routes) {
      const fields = [
        ...route.bodyFields.map((f) => ['body', f]),
        ...route.queryFields.map((f) => ['query', f]),
      ];
      for (const [where, field] of fields) {
        for (const hostile of ['null\u0000byte', 'bell\u0007', 'half \ud800 a pair']) {
          const path = route.path.replace(/:[A-Za-z]+/g, (name) =>
            name === ':roomId' || (name === ':id' && route.path.startsWith('/api/rooms'))
              ? roomId
              : '00000000-0000-4000-8000-000000000000',
          );
          const res =
            where === 'body'
              ? await c.request(route.method, path, { [field!]: hostile })
              : await c.request(route.method, `${path}?${new URLSearchParams({ [field!]: hostile })}`);
          expect(res.status).toBeLessThan(500);
          // Guards (log-in, membership, role) answer first; past them, the field is named.
          if (res.status === 400) {
            const err = res.body as { code: string; message: string };
            expect(err.code).toBe('VALIDATION_FAILED');
            expect(err.message).toContain(field);
            checked++;
          }
          if (res.status === 401 && !route.public) c = await freshClient(admin);
        }
      }
    }
    expect(checked).toBeGreaterThan(60);
    // The case CI once caught: a room's description with a NUL used to reach PostgreSQL and answer 500.
    const before = await c.get<{ description: string }>(`/api/rooms/${roomId}`);
    const res = await c.patch(`/api/rooms/${roomId}`, { description: 'null\u0000byte' });
    expect(res.status).toBe(400);
    expect((await c.get<{ description: string }>(`/api/rooms/${roomId}`)).body.description).toBe(
      before.body.description,
    );
    // A route parameter too.
    const param = await c.get(`/api/trajecten/${encodeURIComponent('a\u0000b')}`);
    expect(param.status).toBe(400);
  });

  it('should store hostile text as plain text, exactly as sent', async () => {
    const c = await freshClient(member);
    for (const body of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '\u202eRTL',
      'zero\u200bwidth',
      '😀 emoji',
    ]) {
      const res = await c.post<{ contribution: { id: string; body: string } }>(
        `/api/rooms/${roomId}/contributions`,
        { clientId: clientId(), kind: 'message', body },
      );
      expect(res.status).toBe(201);
      const back = await c.get<{ body: string }>(`/api/contributions/${res.body.contribution.id}`);
      expect(back.body.body).toBe(body);
      expect(back.headers.get('content-type')).toMatch(/^application\/json/);
    }
  });
});

describe('every socket event', () => {
  it('should refuse a contribution with a NUL or a lone surrogate with an error ack, and store nothing', async () => {
    const c = await freshClient(member);
    const s = await connected(c);
    for (const [body, title] of [
      ['null\u0000byte', undefined],
      ['half \ud800 a pair', undefined],
      ['een verhaal', 'titel \udc00'],
    ] as const) {
      const id = clientId();
      const ack = (await s.timeout(5000).emitWithAck('contribution:send', {
        clientId: id,
        roomId,
        kind: title ? 'story' : 'message',
        body,
        ...(title ? { title } : {}),
      })) as { ok: boolean; error?: { code: string } };
      expect(ack).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    }
    const page = await c.get<{ items: { body: string }[] }>(`/api/rooms/${roomId}/contributions`);
    expect(page.body.items.some((i) => i.body.includes('null') || i.body.includes('half'))).toBe(false);
  });

  it('should answer random payloads with an ack and keep the connection', async () => {
    const events = socketEvents(t.app);
    expect(events.length).toBeGreaterThanOrEqual(10);
    const c = await freshClient(member);
    const s = await connected(c);
    for (const event of events) {
      await fc.assert(
        fc.asyncProperty(
          payloadFor([
            'clientId',
            'roomId',
            'kind',
            'body',
            'title',
            'replyToId',
            'id',
            'phase',
            'contributionId',
            'on',
            'rooms',
            'limit',
            'typing',
            'seq',
          ]),
          async (payload) => {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately untyped payloads
            const ack = await (s as any).timeout(5000).emitWithAck(event, payload);
            stats.socketCases++;
            if (typeof ack !== 'object' || ack === null || typeof ack.ok !== 'boolean')
              throw new Error(`${event}: no ack`);
            if (!ack.ok && (typeof ack.error?.code !== 'string' || ack.error.code === 'INTERNAL_ERROR')) {
              throw new Error(
                `${event}: ${JSON.stringify(ack).slice(0, 300)} for ${JSON.stringify(payload).slice(0, 200)}`,
              );
            }
            if (!s.connected) throw new Error(`${event}: disconnected`);
          },
        ),
        { numRuns: RUNS_PER_ROUTE, endOnFailure: true, includeErrorInReport: false },
      );
    }
    expect(stats.socketCases).toBeGreaterThan(events.length * RUNS_PER_ROUTE * 0.8);
  }, 300_000);
});
