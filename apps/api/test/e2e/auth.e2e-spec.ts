import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { User } from '../../src/modules/auth/user.entity.js';
import { Invitation } from '../../src/modules/invitations/invitation.entity.js';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { resetDatabase, startTestApp, type TestApp, TestClient } from '../support/test-app.js';

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
}

let t: TestApp;
let admin: TestMember;
const client = () => new TestClient(t.url, t.origin);

async function loggedIn(m: TestMember): Promise<TestClient> {
  const c = client();
  const res = await c.login(m.login, m.password);
  expect(res.status).toBe(200);
  return c;
}

async function invite(
  c: TestClient,
  body: Record<string, unknown> = { role: 'participant' },
): Promise<string> {
  const res = await c.post<{ code: string; url: string }>('/api/admin/invitations', body);
  expect(res.status).toBe(201);
  expect(res.body.url).toContain(`/uitnodiging/${res.body.code}`);
  return res.body.code;
}

beforeAll(async () => {
  t = await startTestApp({ LOGIN_MAX_ATTEMPTS: '3' });
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await resetDatabase(t.ds);
  const org = await buildOrganisation(t.ds, 'Herstelacademie Test');
  admin = await buildMember(t.ds, org.id, 'admin', { login: 'admin', displayName: 'Beheerder' });
});

describe('invitation → registration → session → log-out', () => {
  it('should accept a pseudonym with an emoji, and name the character it refuses', async () => {
    const adminClient = await loggedIn(admin);
    const code = await invite(adminClient, { role: 'participant', maxUses: 3 });
    const anon = client();
    const refused = await anon.post<{ code: string; message: string }>('/api/auth/register', {
      code,
      displayName: 'Zon$bloem',
      login: 'zonbloem',
      password: 'een-lang-wachtwoord',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect(refused.body.message).toContain('het teken "$" (U+0024) kan niet in een schuilnaam');
    const reg = await anon.post<{ me: { displayName: string } }>('/api/auth/register', {
      code,
      displayName: 'Zonnebloem 🌻',
      login: 'zonnebloem',
      password: 'een-lang-wachtwoord',
    });
    expect(reg.status).toBe(201);
    expect(reg.body.me.displayName).toBe('Zonnebloem 🌻');
  });

  it('should register from an invitation, keep the session, and end it on log-out', async () => {
    const adminClient = await loggedIn(admin);
    const code = await invite(adminClient, { role: 'participant', maxUses: 1 });

    const anon = client();
    const preview = await anon.get<{ organisationName: string; role: string }>(`/api/invitations/${code}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ organisationName: 'Herstelacademie Test', role: 'participant' });

    const reg = await anon.post<{ me: { displayName: string; role: string } }>('/api/auth/register', {
      code,
      displayName: 'Zeevogel',
      login: 'zeevogel',
      password: 'een-lang-wachtwoord',
    });
    expect(reg.status).toBe(201);
    expect(reg.body.me).toMatchObject({ displayName: 'Zeevogel', role: 'participant' });

    const session = await anon.get<{ me: { displayName: string } | null }>('/api/auth/session');
    expect(session.body.me?.displayName).toBe('Zeevogel');

    const again = client();
    expect((await again.login('ZeeVogel', 'een-lang-wachtwoord')).status).toBe(200);

    const cookieBefore = anon.cookies.get('spiegel_session')!;
    expect((await anon.post('/api/auth/logout')).status).toBe(204);
    expect((await anon.get<{ me: unknown }>('/api/auth/session')).body.me).toBeNull();

    // The old cookie is dead on the server, not only forgotten by the client.
    const replay = client();
    replay.cookies.set('spiegel_session', cookieBefore);
    expect((await replay.get('/api/admin/invitations')).status).toBe(401);
  });

  it('should store the password as an argon2id hash', async () => {
    const user = await t.ds.getRepository(User).findOneByOrFail({ loginName: 'admin' });
    expect(user.passwordHash.startsWith('$argon2id$')).toBe(true);
  });

  it('should set the session cookie httpOnly and SameSite=Lax', async () => {
    const c = client();
    await c.request('GET', '/api/auth/session');
    const res = await fetch(`${t.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': c.csrf!, cookie: c.cookieHeader() },
      body: JSON.stringify({ login: 'admin', password: admin.password }),
    });
    const cookie = res.headers.getSetCookie().find((s) => s.startsWith('spiegel_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http in tests; COOKIE_SECURE=auto turns it on behind https
  });
});

describe('cookies in production', () => {
  it('should mark cookies Secure behind HTTPS', async () => {
    const secure = await startTestApp({ PUBLIC_ORIGIN: 'https://spiegel.example' });
    try {
      const c = new TestClient(secure.url, 'https://spiegel.example');
      await c.get('/api/auth/session');
      const res = await fetch(`${secure.url}/api/auth/login`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': c.csrf!,
          cookie: c.cookieHeader(),
          origin: 'https://spiegel.example',
        },
        body: JSON.stringify({ login: 'admin', password: admin.password }),
      });
      expect(res.status).toBe(200);
      const cookies = res.headers.getSetCookie();
      expect(cookies.find((x) => x.startsWith('spiegel_session='))).toMatch(/;\s*Secure/i);
      const session = await fetch(`${secure.url}/api/auth/session`);
      expect(session.headers.getSetCookie().find((x) => x.startsWith('spiegel_csrf='))).toMatch(
        /;\s*Secure/i,
      );
    } finally {
      await secure.close();
    }
  });
});

describe('registration errors', () => {
  it.each([
    ['expired', { expiresAt: new Date(Date.now() - 1000) }, 410, 'INVITATION_EXPIRED'],
    ['used up', { uses: 1 }, 410, 'INVITATION_USED_UP'],
    ['revoked', { revokedAt: new Date() }, 404, 'INVITATION_NOT_FOUND'],
  ])('should refuse an %s invitation', async (_name, patch, status, code) => {
    const adminClient = await loggedIn(admin);
    const inviteCode = await invite(adminClient);
    await t.ds.getRepository(Invitation).update({ organisationId: admin.organisationId }, patch);
    const res = await client().post<ErrorBody>('/api/auth/register', {
      code: inviteCode,
      displayName: 'Nieuw',
      login: 'nieuw',
      password: 'een-lang-wachtwoord',
    });
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(await t.ds.getRepository(User).count()).toBe(1);
  });

  it('should refuse an unknown code with 404', async () => {
    const res = await client().get<ErrorBody>('/api/invitations/bestaat-niet-123');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('INVITATION_NOT_FOUND');
  });

  it('should refuse a pseudonym that differs only in case, accents or spacing', async () => {
    const adminClient = await loggedIn(admin);
    const code = await invite(adminClient, { role: 'participant', maxUses: 5 });
    const res = await client().post<ErrorBody>('/api/auth/register', {
      code,
      displayName: 'béheer Der',
      login: 'iemand',
      password: 'een-lang-wachtwoord',
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('DISPLAY_NAME_TAKEN');
  });

  it('should refuse a login name that exists', async () => {
    const adminClient = await loggedIn(admin);
    const code = await invite(adminClient, { role: 'participant', maxUses: 5 });
    const res = await client().post<ErrorBody>('/api/auth/register', {
      code,
      displayName: 'Iemand',
      login: 'ADMIN',
      password: 'een-lang-wachtwoord',
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('LOGIN_NAME_TAKEN');
  });

  it('should let exactly one of two racing registrations take a single-use invitation', async () => {
    const adminClient = await loggedIn(admin);
    const code = await invite(adminClient, { role: 'participant', maxUses: 1 });
    const results = await Promise.all(
      ['een', 'twee'].map((n) =>
        client().post('/api/auth/register', {
          code,
          displayName: `Persoon ${n}`,
          login: `persoon-${n}`,
          password: 'een-lang-wachtwoord',
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 410]);
  });
});

describe('bad input', () => {
  it.each([
    ['unknown field', { login: 'admin', password: 'x', isAdmin: true }, 400, 'VALIDATION_FAILED'],
    ['wrong type', { login: 42, password: 'x' }, 400, 'VALIDATION_FAILED'],
    ['missing field', { login: 'admin' }, 400, 'VALIDATION_FAILED'],
    ['array body', [1, 2], 400, 'VALIDATION_FAILED'],
  ])('should answer %s with a 4xx and a code', async (_name, body, status, code) => {
    const res = await client().post<ErrorBody>('/api/auth/login', body);
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(typeof res.body.message).toBe('string');
  });

  it('should answer malformed JSON with INVALID_JSON', async () => {
    const res = await client().request<ErrorBody>('POST', '/api/auth/login', undefined, {
      raw: '{"login": ',
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_JSON');
  });

  it('should answer an oversized body with 413', async () => {
    const res = await client().post<ErrorBody>('/api/auth/login', {
      login: 'admin',
      password: 'x'.repeat(400_000),
    });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('should reject a weak password at registration', async () => {
    const adminClient = await loggedIn(admin);
    const code = await invite(adminClient);
    const res = await client().post<ErrorBody & { details: { fields: string[] } }>('/api/auth/register', {
      code,
      displayName: 'Kort',
      login: 'kort',
      password: 'kort',
    });
    expect(res.status).toBe(400);
    expect(res.body.details.fields.join(' ')).toContain('password');
  });

  it('should answer an unknown route with a JSON 404 and no stack trace', async () => {
    const res = await client().get<ErrorBody>('/api/bestaat-niet');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(js|ts):\d+/);
  });
});

describe('log-in', () => {
  it('should give the same answer for an unknown name and a wrong password', async () => {
    const wrong = await client().login('admin', 'niet-het-wachtwoord');
    const unknown = await client().login('niemand', 'niet-het-wachtwoord');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect((wrong.body as ErrorBody).code).toBe('INVALID_CREDENTIALS');
  });

  it('should rate-limit a login name after repeated failures, even with the right password', async () => {
    for (let i = 0; i < 3; i++) expect((await client().login('admin', `fout-${i}`)).status).toBe(401);
    const blocked = await client().login('admin', admin.password);
    expect(blocked.status).toBe(429);
    expect((blocked.body as ErrorBody).code).toBe('RATE_LIMITED');
  });

  it('should refuse a removed member', async () => {
    const member = await buildMember(t.ds, admin.organisationId);
    const adminClient = await loggedIn(admin);
    expect((await adminClient.delete(`/api/admin/members/${member.membershipId}`)).status).toBe(204);
    expect((await client().login(member.login, member.password)).status).toBe(401);
  });
});

describe('sessions', () => {
  it('should end all sessions with log-out everywhere', async () => {
    const a = await loggedIn(admin);
    const b = await loggedIn(admin);
    expect((await a.post('/api/auth/logout-all')).status).toBe(204);
    expect((await b.get('/api/admin/members')).status).toBe(401);
  });

  it('should end other sessions on a password change but keep this one', async () => {
    const a = await loggedIn(admin);
    const b = await loggedIn(admin);
    expect(
      (
        await a.post('/api/auth/password', {
          currentPassword: admin.password,
          newPassword: 'nieuw-wachtwoord-1',
        })
      ).status,
    ).toBe(204);
    expect((await a.get('/api/admin/members')).status).toBe(200);
    expect((await b.get('/api/admin/members')).status).toBe(401);
    expect((await client().login('admin', 'nieuw-wachtwoord-1')).status).toBe(200);
  });

  it('should reset a password through an admin-issued link, once', async () => {
    const member = await buildMember(t.ds, admin.organisationId);
    const memberClient = await loggedIn(member);
    const adminClient = await loggedIn(admin);
    const link = await adminClient.post<{ token: string; url: string }>(
      `/api/admin/members/${member.membershipId}/password-reset`,
    );
    expect(link.status).toBe(201);
    expect(link.body.url).toContain('/wachtwoord-herstellen/');
    const anon = client();
    expect(
      (
        await anon.post('/api/auth/password-reset', {
          token: link.body.token,
          newPassword: 'hersteld-wachtwoord',
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await anon.post<ErrorBody>('/api/auth/password-reset', {
          token: link.body.token,
          newPassword: 'nog-een-keer-dus',
        })
      ).body.code,
    ).toBe('RESET_TOKEN_INVALID');
    expect((await memberClient.get('/api/auth/session')).body).toMatchObject({ me: null });
    expect((await client().login(member.login, 'hersteld-wachtwoord')).status).toBe(200);
  });
});

describe('CSRF and origin', () => {
  it('should refuse a state change without the CSRF header', async () => {
    const a = await loggedIn(admin);
    const res = await a.request<ErrorBody>(
      'POST',
      '/api/admin/invitations',
      { role: 'participant' },
      { csrf: false },
    );
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('CSRF_FAILED');
  });

  it('should refuse a state change from a foreign origin', async () => {
    const a = await loggedIn(admin);
    const res = await a.request<ErrorBody>(
      'POST',
      '/api/admin/invitations',
      { role: 'participant' },
      { headers: { origin: 'https://evil.example' } },
    );
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('ORIGIN_NOT_ALLOWED');
  });
});

describe('roles and tenants', () => {
  it('should keep admin routes from participants and facilitators', async () => {
    for (const role of ['participant', 'facilitator'] as const) {
      const m = await buildMember(t.ds, admin.organisationId, role);
      const c = await loggedIn(m);
      expect((await c.get('/api/admin/invitations')).status).toBe(403);
      expect((await c.post('/api/admin/invitations', { role: 'admin' })).status).toBe(403);
      expect((await c.get('/api/admin/members')).status).toBe(403);
    }
  });

  it('should show a second organisation nothing of the first', async () => {
    const a = await loggedIn(admin);
    await invite(a);
    const member = await buildMember(t.ds, admin.organisationId);
    const otherOrg = await buildOrganisation(t.ds, 'Andere Academie');
    const otherAdmin = await buildMember(t.ds, otherOrg.id, 'admin');
    const b = await loggedIn(otherAdmin);
    const invs = await b.get<unknown[]>('/api/admin/invitations');
    expect(invs.body).toEqual([]);
    const members = await b.get<{ displayName: string }[]>('/api/admin/members');
    expect(members.body.map((m) => m.displayName)).toEqual([otherAdmin.displayName]);
    const firstInvitationId = (await a.get<{ id: string }[]>('/api/admin/invitations')).body[0]!.id;
    expect((await b.delete(`/api/admin/invitations/${firstInvitationId}`)).status).toBe(404);
    expect((await b.patch(`/api/admin/members/${member.membershipId}`, { role: 'admin' })).status).toBe(404);
    expect((await b.delete(`/api/admin/members/${member.membershipId}`)).status).toBe(404);
    expect((await b.post(`/api/admin/members/${member.membershipId}/password-reset`)).status).toBe(404);
  });
});

describe('platform', () => {
  it('should report health with a database check', async () => {
    const res = await client().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('should serve OpenAPI docs', async () => {
    const res = await fetch(`${t.url}/api/docs-json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/admin/invitations']),
    );
  });

  it('should send strict security headers', async () => {
    const res = await client().get('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
