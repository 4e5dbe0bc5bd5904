import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';
import { MAX_INPUT_DEPTH } from '@spiegel/domain';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { buildRoom, clientId } from '../support/room-fixtures.js';
import { type RouteInfo, restRoutes, socketEvents } from '../support/route-catalog.js';
import { closeAllSockets, connected, waitFor } from '../support/sockets.js';
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
const stats = {
  requests: 0,
  byStatus: {} as Record<string, number>,
  socketCases: 0,
  hostile: { requests: 0, byStatus: {} as Record<string, number> },
  hostileSocketCases: 0,
};

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

/**
 * Routes that end the fuzzing client's own session or account are fuzzed, then the client logs in again.
 * The fuzz may also switch the second factor on for staff (`PUT /api/two-factor/policy` with
 * `requiredForStaff: true`, a legitimate change): then a staff log-in only opens the enrolment step and every
 * later request is a 401. Off again first, as the factory made the organisation.
 */
async function freshClient(m: TestMember): Promise<TestClient> {
  await t.ds.query(`UPDATE two_factor_policies SET required_for_staff = false`);
  const c = new TestClient(t.url, t.origin);
  expect((await c.login(m.login, m.password)).status).toBe(200);
  return c;
}

/**
 * A refusal explains itself: an API error as JSON with a code and a message, or, for the few routes
 * that people open from a mail (the unsubscribe page), an HTML page with a heading that says what happened.
 */
function explainsItself(res: { body: unknown; headers?: Headers }): boolean {
  const err = res.body as { code?: unknown; message?: unknown } | undefined;
  if (typeof err?.code === 'string' && typeof err.message === 'string') return true;
  const type = res.headers?.get('content-type') ?? '';
  return type.startsWith('text/html') && typeof res.body === 'string' && /<h1[^>]*>[^<]+</.test(res.body);
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
            if (res.status >= 400 && !explainsItself(res))
              throw new Error(`${route.key} → ${res.status} without code/message`);
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

/** The path of a route with its parameters filled: the fuzzing admin's room where a room goes. */
function pathOf(
  route: RouteInfo,
  fill: (name: string) => string = () => '00000000-0000-4000-8000-000000000000',
) {
  return route.path.replace(/:[A-Za-z]+/g, (name) =>
    name === ':roomId' || (name === ':id' && route.path.startsWith('/api/rooms')) ? roomId : fill(name),
  );
}

/** Numbers as JSON text (so 30 digits stay 30 digits) that no field of any DTO may take. */
const HOSTILE_JSON_NUMBERS = [
  '1e300',
  '123456789012345678901234567890',
  '9223372036854775808',
  '9007199254740992',
  '-1',
  '1.5',
  '-1e300',
];
/** The same as query or path text, plus what Number() would read as a number but a person never types. */
const HOSTILE_NUMBER_TEXT = [
  '1e20',
  '9223372036854775808',
  '9007199254740992',
  '123456789012345678901234567890',
  '1e300',
  '-1',
  '1.5',
  '0x10',
  ' 5',
  'Infinity',
  'NaN',
  '',
];

const nested = (depth: number, open: string, close: string) => open.repeat(depth) + '1' + close.repeat(depth);
/** Bodies nested past the limit, as arrays and as objects, up to what fits in the size limit. */
const DEEP_BODIES: [string, string][] = [
  [`arrays ${MAX_INPUT_DEPTH + 1} deep`, `{"x":${nested(MAX_INPUT_DEPTH, '[', ']')}}`],
  ['arrays 1,000 deep', nested(1000, '[', ']')],
  ['objects 5,000 deep', `{"a":${nested(5000, '{"a":', '}')}}`],
  ['arrays 100,000 deep', nested(100_000, '[', ']')],
];

const PLAIN = '{"name":"Groep"}';
/** Hostile encodings: the status body-parser means for each, which must survive to the client. */
const HOSTILE_ENCODINGS: {
  what: string;
  headers: Record<string, string>;
  body: string | Uint8Array;
  status: number;
}[] = [
  { what: 'gzip header, plain body', headers: { 'content-encoding': 'gzip' }, body: PLAIN, status: 400 },
  {
    what: 'deflate header, plain body',
    headers: { 'content-encoding': 'deflate' },
    body: PLAIN,
    status: 400,
  },
  { what: 'br header, plain body', headers: { 'content-encoding': 'br' }, body: PLAIN, status: 400 },
  {
    what: 'truncated gzip',
    headers: { 'content-encoding': 'gzip' },
    body: gzipSync(Buffer.from('{"name":"Groep Voorjaar"}')).subarray(0, 14),
    status: 400,
  },
  {
    what: 'gzip with a broken checksum',
    headers: { 'content-encoding': 'gzip' },
    body: (() => {
      const b = Buffer.from(gzipSync(Buffer.from(PLAIN)));
      b[b.length - 6]! ^= 0xff;
      return b;
    })(),
    status: 400,
  },
  {
    what: 'deflate body, gzip header',
    headers: { 'content-encoding': 'gzip' },
    body: deflateSync(Buffer.from(PLAIN)),
    status: 400,
  },
  {
    what: 'gzip of a deep body',
    headers: { 'content-encoding': 'gzip' },
    body: gzipSync(Buffer.from(nested(5000, '[', ']'))),
    status: 400,
  },
  {
    what: 'br of a deep body',
    headers: { 'content-encoding': 'br' },
    body: brotliCompressSync(Buffer.from(nested(5000, '{"a":', '}'))),
    status: 400,
  },
  {
    what: 'a gzip bomb (8 MB inflated)',
    headers: { 'content-encoding': 'gzip' },
    body: gzipSync(Buffer.from(`{"name":"${' '.repeat(8 * 1024 * 1024)}"}`)),
    status: 413,
  },
  { what: 'an unknown encoding', headers: { 'content-encoding': 'zstd, bogus' }, body: PLAIN, status: 415 },
  {
    what: 'a charset that is not UTF',
    headers: { 'content-type': 'application/json; charset=latin1' },
    body: PLAIN,
    status: 415,
  },
  {
    what: 'a charset that does not exist',
    headers: { 'content-type': 'application/json; charset=klingon' },
    body: PLAIN,
    status: 415,
  },
  { what: 'broken JSON', headers: {}, body: '{"name":', status: 400 },
  { what: 'a JSON scalar at the top', headers: {}, body: '"Groep"', status: 400 },
  { what: 'JSON sent as text/plain', headers: { 'content-type': 'text/plain' }, body: PLAIN, status: 415 },
  {
    what: 'a form instead of JSON',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'name=Groep',
    status: 415,
  },
];

describe('hostile numbers, depths and encodings at every route', () => {
  let routes: RouteInfo[] = [];
  let c: TestClient;
  beforeAll(async () => {
    routes = restRoutes(t.app);
    c = await freshClient(admin);
  });

  const count = (status: number) => {
    stats.hostile.requests++;
    stats.hostile.byStatus[status] = (stats.hostile.byStatus[status] ?? 0) + 1;
  };
  const expectClientError = (what: string, res: { status: number; body: unknown; headers?: Headers }) => {
    count(res.status);
    if (res.status >= 500)
      throw new Error(`${what} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    if (res.status >= 400 && !explainsItself(res))
      throw new Error(`${what} → ${res.status} without code/message`);
  };
  const relogIfNeeded = async (route: RouteInfo, status: number) => {
    if (status === 401 && !route.public) c = await freshClient(admin);
  };

  it('should give every numeric DTO field a lower and an upper bound (or a fixed list of values)', () => {
    const numeric = new Set(['isInt', 'isNumber', 'isNumberString', 'isPositive', 'isNegative']);
    const unbounded: string[] = [];
    let checked = 0;
    const storage = getMetadataStorage() as unknown as {
      validationMetadatas: Map<{ name: string }, { propertyName: string; name?: string }[]>;
    };
    for (const [target, metas] of storage.validationMetadatas) {
      for (const property of new Set(metas.map((m) => m.propertyName))) {
        const names = new Set(metas.filter((m) => m.propertyName === property).map((m) => m.name));
        if (![...names].some((n) => n !== undefined && numeric.has(n))) continue;
        checked++;
        if (!names.has('isIn') && (!names.has('min') || !names.has('max')))
          unbounded.push(`${target.name}.${property}`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
    expect(unbounded).toEqual([]);
  });

  it('should answer numbers past every bound in any body field with a 400 that names the field, never a 5xx', async () => {
    let named = 0;
    for (const route of routes.filter((r) => r.method !== 'GET')) {
      for (const field of route.bodyFields) {
        for (const number of HOSTILE_JSON_NUMBERS) {
          const res = await c.request(route.method, pathOf(route), undefined, {
            raw: `{${JSON.stringify(field)}:${number}}`,
          });
          expectClientError(`${route.key} body ${field}=${number}`, res);
          if (res.status === 400) {
            expect((res.body as { message: string }).message).toContain(field);
            named++;
          }
          await relogIfNeeded(route, res.status);
        }
      }
    }
    expect(named).toBeGreaterThan(200);
  }, 180_000);

  it('should answer numbers past every bound in any query field or path parameter with a 4xx, never a 5xx', async () => {
    let named = 0;
    for (const route of routes) {
      for (const field of route.queryFields) {
        for (const text of HOSTILE_NUMBER_TEXT) {
          const res = await c.request(
            route.method,
            `${pathOf(route)}?${new URLSearchParams({ [field]: text })}`,
          );
          expectClientError(`${route.key} query ${field}=${JSON.stringify(text)}`, res);
          if (res.status === 400 && text !== '') {
            expect((res.body as { message: string }).message).toContain(field);
            named++;
          }
          await relogIfNeeded(route, res.status);
        }
      }
      for (const param of route.path.match(/:[A-Za-z]+/g) ?? []) {
        for (const text of HOSTILE_NUMBER_TEXT.filter((x) => x.trim() !== '')) {
          const path = pathOf(route, (name) => (name === param ? encodeURIComponent(text) : roomId));
          const res = await c.request(route.method, path, route.method === 'GET' ? undefined : {});
          expectClientError(`${route.key} ${param}=${text}`, res);
          await relogIfNeeded(route, res.status);
        }
      }
    }
    // The probe's own cases, each answered 400 with the field's name.
    for (const [path, field] of [
      [`/api/rooms/${roomId}/contributions?before=1e20`, 'before'],
      [`/api/rooms/${roomId}/contributions?after=9223372036854775808`, 'after'],
      [`/api/rooms/${roomId}/contributions?limit=0x10`, 'limit'],
    ] as const) {
      const res = await c.get<{ message: string }>(path);
      expect(res.status).toBe(400);
      expect(res.body.message).toContain(field);
    }
    for (const raw of [
      '{"seq":1e300}',
      '{"seq":123456789012345678901234567890}',
      '{"seq":-1}',
      '{"seq":0.5}',
    ]) {
      const res = await c.request<{ message: string }>('POST', `/api/rooms/${roomId}/read`, undefined, {
        raw,
      });
      expect(res.status).toBe(400);
      expect(res.body.message).toContain('seq');
    }
    expect(named).toBeGreaterThan(20);
  }, 180_000);

  it('should refuse a body nested past the limit with a 400 at every route with a body, before any guard', async () => {
    for (const route of routes.filter((r) => r.method !== 'GET')) {
      for (const [what, raw] of DEEP_BODIES) {
        const res = await c.request<{ code: string; message: string }>(
          route.method,
          pathOf(route),
          undefined,
          {
            raw,
          },
        );
        expectClientError(`${route.key} ${what}`, res);
        expect([route.key, what, res.status, res.body.message]).toEqual([
          route.key,
          what,
          400,
          expect.stringContaining('genest'),
        ]);
      }
      // Right at the limit is still parsed: the route's own answer, not the parser's.
      const ok = await c.request<{ message?: string }>(route.method, pathOf(route), undefined, {
        raw: `{"x":${nested(MAX_INPUT_DEPTH - 2, '[', ']')}}`,
      });
      expectClientError(`${route.key} at the limit`, ok);
      expect(ok.body?.message ?? '').not.toContain('genest');
      await relogIfNeeded(route, ok.status);
    }
  }, 180_000);

  it('should answer corrupt, unknown or oversized encodings with the 4xx body-parser means, at every route with a body', async () => {
    for (const route of routes.filter((r) => r.method !== 'GET')) {
      for (const e of HOSTILE_ENCODINGS) {
        const res = await c.request(route.method, pathOf(route), undefined, {
          raw: e.body,
          headers: { 'content-type': 'application/json', ...e.headers },
        });
        expectClientError(`${route.key} ${e.what}`, res);
        expect([route.key, e.what, res.status]).toEqual([route.key, e.what, e.status]);
      }
    }
    // A valid compressed body still works (in a room of its own: the sweeps may have left the fuzz room).
    const room = await buildRoom(t.ds, admin.organisationId, [admin.membershipId]);
    const res = await c.request<{ name: string }>('PATCH', `/api/rooms/${room.id}`, undefined, {
      raw: gzipSync(Buffer.from('{"name":"Groep Najaar"}')),
      headers: { 'content-encoding': 'gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Groep Najaar');
    expect((await fetch(`${t.url}/api/health`)).status).toBe(200);
  }, 120_000);
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

  it('should answer hostile payloads (deep, huge numbers, wrong types), sent as raw frames, with an error ack and keep the connection', async () => {
    const events = socketEvents(t.app);
    const c = await freshClient(member);
    const s = await connected(c);
    // Raw socket.io frames: socket.io-client itself overflows its stack encoding a deep value.
    const acks = new Map<number, unknown>();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the Manager's internal packet event
    (s.io as any).on('packet', (p: { type: number; id?: number; data?: unknown[] }) => {
      if (p.type === 3 && p.id !== undefined) acks.set(p.id, p.data?.[0]);
    });
    let nextId = 900_000;
    const emitRaw = async (event: string, payloadJson: string): Promise<unknown> => {
      const id = nextId++;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- engine.io's raw write
      (s.io as any).engine.write(`2${id}[${JSON.stringify(event)},${payloadJson}]`);
      await waitFor(() => acks.has(id), 5000, `${event} ack`);
      return acks.get(id);
    };
    const payloads: [string, string][] = [
      ['objects 5,000 deep', nested(5000, '{"a":', '}')],
      ['arrays 100,000 deep', nested(100_000, '[', ']')],
      [`a deep field`, `{"roomId":"${roomId}","seq":${nested(MAX_INPUT_DEPTH + 1, '[', ']')}}`],
      ['seq 1e300', `{"roomId":"${roomId}","seq":1e300}`],
      ['seq of 30 digits', `{"roomId":"${roomId}","seq":123456789012345678901234567890}`],
      ['seq -1', `{"roomId":"${roomId}","seq":-1}`],
      [
        'catch-up past bigint',
        `{"rooms":[{"roomId":"${roomId}","afterSeq":9223372036854775808}],"limit":1e300}`,
      ],
      ['an id as a number', '{"id":123456789012345678901234567890}'],
      ['wrong types everywhere', '{"roomId":[],"seq":"1","id":{},"body":7,"on":"ja","typing":null}'],
      ['a string', '"tekst"'],
      ['null', 'null'],
    ];
    for (const event of events) {
      for (const [what, json] of payloads) {
        const ack = (await emitRaw(event, json)) as { ok?: boolean; error?: { code?: string } };
        stats.hostileSocketCases++;
        expect([event, what, typeof ack?.ok]).toEqual([event, what, 'boolean']);
        if (!ack.ok) expect([event, what, ack.error?.code]).toEqual([event, what, 'VALIDATION_FAILED']);
        // The same nesting limit as HTTP, checked before the schema walks the payload.
        if (what.includes('deep'))
          expect([event, what, (ack as { error?: { message?: string } }).error?.message]).toEqual([
            event,
            what,
            expect.stringContaining('genest'),
          ]);
        expect(s.connected).toBe(true);
      }
    }
    // The connection still works normally.
    const ack = (await s.timeout(5000).emitWithAck('ping', {})) as { ok: boolean };
    expect(ack.ok).toBe(true);
  }, 120_000);

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
