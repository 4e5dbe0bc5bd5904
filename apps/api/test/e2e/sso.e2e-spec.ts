import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { SsoConfigInput, SsoConfigView, SsoDiscovery } from '@spiegel/domain';
import * as oidc from 'openid-client';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { startTestProvider, type TestAccount, type TestProvider } from '../support/oidc-test-provider.js';
import {
  type HttpResult,
  resetDatabase,
  startTestApp,
  type TestApp,
  TestClient,
} from '../support/test-app.js';

/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider) started here: the whole
 * authorization code flow with PKCE, state and nonce, through Spiegel's start and callback routes.
 */
const CALLBACK = 'http://spiegel.test/api/sso/callback';

let t: TestApp;
let op: TestProvider;
let admin: TestMember;
let adminClient: TestClient;
let slug: string;
let orgId: string;

const client = () => new TestClient(t.url, t.origin);
const anna: TestAccount = {
  sub: 'anna-0001',
  email: 'Anna@GGZ-Test.nl',
  email_verified: true,
  name: 'Anna de Vries',
  groups: ['medewerkers'],
};

function configInput(overrides: Partial<SsoConfigInput> = {}): SsoConfigInput {
  return {
    enabled: true,
    issuer: op.issuer,
    clientId: op.clientId,
    clientSecret: op.clientSecret,
    emailDomains: ['ggz-test.nl'],
    mapping: { mode: 'invite_only', claim: null, adminValues: [], facilitatorValues: [] },
    ...overrides,
  };
}

async function configure(overrides: Partial<SsoConfigInput> = {}): Promise<void> {
  const res = await adminClient.request<SsoConfigView>('PUT', '/api/admin/sso', configInput(overrides));
  expect(res.status).toBe(200);
}

async function inviteByEmail(role: 'facilitator' | 'admin' | 'participant', email: string): Promise<string> {
  const res = await adminClient.post<{ id: string }>('/api/admin/invitations', { role, email });
  expect(res.status).toBe(201);
  return res.body.id;
}

/** The browser's round trip: Spiegel's start, the provider, back to Spiegel's callback. */
async function ssoLogin(
  browser: TestClient,
  account: TestAccount,
  options: { beforeProvider?: () => Promise<void>; rewriteCallback?: (url: URL) => void } = {},
): Promise<HttpResult<string> & { callbackUrl: URL }> {
  const start = await browser.get(`/api/sso/${slug}/start`);
  expect(start.status).toBe(302);
  const location = start.headers.get('location')!;
  expect(location.startsWith(`${op.issuer}/`)).toBe(true);
  await options.beforeProvider?.();
  op.loginAs(account);
  const callbackUrl = await op.authorize(location, CALLBACK);
  options.rewriteCallback?.(callbackUrl);
  const res = await browser.get<string>(`/api/sso/callback${callbackUrl.search}`);
  return { ...res, callbackUrl };
}

async function me(browser: TestClient) {
  const res = await browser.get<{ me: { membershipId: string; role: string; displayName: string } | null }>(
    '/api/auth/session',
  );
  return res.body.me;
}

async function auditActions(): Promise<{ action: string; details: Record<string, unknown> }[]> {
  return t.ds.query(
    `SELECT action, details FROM audit_events WHERE organisation_id = $1 AND action LIKE ANY(ARRAY['sso.%','member.role_change']) ORDER BY id`,
    [orgId],
  );
}

async function countMemberships(): Promise<number> {
  const [row] = await t.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM memberships`);
  return row!.n;
}

function expectRefusalPage(res: HttpResult<string>, status: number, text: RegExp): void {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/text\/html/);
  expect(res.body).toMatch(/<h1[^>]*>Inloggen via je organisatie is niet gelukt<\/h1>/);
  expect(res.body).toMatch(text);
  expect(res.headers.getSetCookie().some((c) => c.startsWith('spiegel_session='))).toBe(false);
}

beforeAll(async () => {
  t = await startTestApp({ LOG_LEVEL: process.env.SSO_TEST_LOG ?? 'silent' });
  op = await startTestProvider([CALLBACK]);
});
afterAll(async () => {
  await op.close();
  await t.close();
});
beforeEach(async () => {
  await resetDatabase(t.ds);
  const org = await buildOrganisation(t.ds, 'GGZ Test');
  orgId = org.id;
  slug = org.slug;
  admin = await buildMember(t.ds, org.id, 'admin', { login: 'beheer', displayName: 'Beheer' });
  adminClient = client();
  expect((await adminClient.login(admin.login, admin.password)).status).toBe(200);
  await configure();
});

describe('configuration', () => {
  it('should keep the client secret encrypted at rest and never show it', async () => {
    const [row] = await t.ds.query<{ client_secret_encrypted: string }[]>(
      `SELECT client_secret_encrypted FROM sso_configs WHERE organisation_id = $1`,
      [orgId],
    );
    expect(row!.client_secret_encrypted).toMatch(/^v1\./);
    expect(row!.client_secret_encrypted).not.toContain(op.clientSecret);
    const view = await adminClient.get<SsoConfigView>('/api/admin/sso');
    expect(view.body).toMatchObject({ enabled: true, hasClientSecret: true, redirectUri: CALLBACK });
    expect(JSON.stringify(view.body)).not.toContain(op.clientSecret);
    const audit = await auditActions();
    expect(JSON.stringify(audit)).not.toContain(op.clientSecret);
    expect(audit.map((a) => a.action)).toEqual(['sso.config_change']);
  });

  it('should keep the stored secret when saved without one, and refuse a plain-http issuer elsewhere', async () => {
    const before = await t.ds.query(`SELECT client_secret_encrypted FROM sso_configs`);
    await configure({ clientSecret: '' });
    expect(await t.ds.query(`SELECT client_secret_encrypted FROM sso_configs`)).toEqual(before);
    const res = await adminClient.request<{ code: string }>(
      'PUT',
      '/api/admin/sso',
      configInput({ issuer: 'http://login.example.org' }),
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('should offer SSO on the log-in page by organisation and by e-mail domain, and not when disabled', async () => {
    const bySlug = await client().get<SsoDiscovery>(`/api/sso/discover?organisation=${slug}`);
    expect(bySlug.body).toEqual({
      available: true,
      organisationName: 'GGZ Test',
      startUrl: `/api/sso/${slug}/start`,
    });
    const byMail = await client().get<SsoDiscovery>('/api/sso/discover?email=iemand%40GGZ-test.nl');
    expect(byMail.body.available).toBe(true);
    const other = await client().get<SsoDiscovery>('/api/sso/discover?email=iemand%40elders.nl');
    expect(other.body.available).toBe(false);
    await configure({ enabled: false });
    const off = await client().get<SsoDiscovery>(`/api/sso/discover?organisation=${slug}`);
    expect(off.body.available).toBe(false);
    expectRefusalPage(await client().get<string>(`/api/sso/${slug}/start`), 404, /niet aan staan/);
  });
});

describe('log-in through the provider', () => {
  it('should link a first log-in to the invitation for the verified address and start a normal session', async () => {
    const invitationId = await inviteByEmail('facilitator', 'anna@ggz-test.nl');
    const browser = client();
    const res = await ssoLogin(browser, anna);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/');
    const first = await me(browser);
    expect(first).toMatchObject({ role: 'facilitator', displayName: 'Anna de Vries' });
    const [inv] = await t.ds.query<{ uses: number }[]>(`SELECT uses FROM invitations WHERE id = $1`, [
      invitationId,
    ]);
    expect(inv!.uses).toBe(1);

    // The next log-in, in another browser, finds the link: no invitation needed (it is used up now).
    const again = client();
    expect((await ssoLogin(again, anna)).status).toBe(302);
    expect((await me(again))?.membershipId).toBe(first!.membershipId);
    expect(await countMemberships()).toBe(2);

    const audit = await auditActions();
    expect(audit.map((a) => a.action)).toEqual(['sso.config_change', 'sso.link', 'sso.login', 'sso.login']);
    expect(JSON.stringify(audit)).not.toMatch(/code=|access_token|id_token/);
  });

  it('should refuse a callback whose state was changed, and one replayed after success', async () => {
    await inviteByEmail('facilitator', 'anna@ggz-test.nl');
    const browser = client();
    const res = await ssoLogin(browser, anna, {
      rewriteCallback: (url) => url.searchParams.set('state', oidc.randomState()),
    });
    expectRefusalPage(res, 400, /hoort niet bij deze browser/);
    expect(await me(browser)).toBeNull();
    expect(await countMemberships()).toBe(1);

    const ok = client();
    const done = await ssoLogin(ok, anna);
    expect(done.status).toBe(302);
    // The same callback URL again (say, from the history): the state was used once and is gone.
    const replay = await ok.get<string>(`/api/sso/callback${done.callbackUrl.search}`);
    expectRefusalPage(replay, 400, /hoort niet bij deze browser/);
  });

  it('should refuse the right state arriving in another browser (no state cookie)', async () => {
    await inviteByEmail('facilitator', 'anna@ggz-test.nl');
    const starter = client();
    const start = await starter.get(`/api/sso/${slug}/start`);
    op.loginAs(anna);
    const callbackUrl = await op.authorize(start.headers.get('location')!, CALLBACK);
    const victim = client();
    const res = await victim.get<string>(`/api/sso/callback${callbackUrl.search}`);
    expectRefusalPage(res, 400, /hoort niet bij deze browser/);
    expect(await me(victim)).toBeNull();
    const refused = (await auditActions()).filter((a) => a.action === 'sso.login_refused');
    expect(refused.map((a) => a.details.reason)).toEqual(['state_mismatch']);
  });

  it('should refuse an ID token whose nonce is not the one this log-in sent', async () => {
    await inviteByEmail('facilitator', 'anna@ggz-test.nl');
    const browser = client();
    const res = await ssoLogin(browser, anna, {
      // The provider puts the nonce it was given into the ID token; the one Spiegel expects differs.
      beforeProvider: () => t.ds.query(`UPDATE sso_login_states SET nonce = $1`, [oidc.randomNonce()]),
    });
    expectRefusalPage(res, 400, /inlogbewijs niet controleren/);
    expect(await me(browser)).toBeNull();
    expect(await countMemberships()).toBe(1);
    const refused = (await auditActions()).filter((a) => a.action === 'sso.login_refused');
    expect(refused.map((a) => a.details.reason)).toEqual(['nonce_mismatch']);
  });

  it('should refuse when the PKCE verifier does not match the challenge sent at the start', async () => {
    await inviteByEmail('facilitator', 'anna@ggz-test.nl');
    const browser = client();
    const res = await ssoLogin(browser, anna, {
      beforeProvider: () =>
        t.ds.query(`UPDATE sso_login_states SET code_verifier = $1`, [oidc.randomPKCECodeVerifier()]),
    });
    expectRefusalPage(res, 400, /inlogbewijs niet controleren/);
    expect(await me(browser)).toBeNull();
    const refused = (await auditActions()).filter((a) => a.action === 'sso.login_refused');
    expect(refused.map((a) => a.details.reason)).toEqual(['token_rejected']);
    const [inv] = await t.ds.query<{ uses: number }[]>(`SELECT uses FROM invitations`);
    expect(inv!.uses).toBe(0);
  });

  it('should refuse an unknown person (no invitation for the address) with a clear Dutch page', async () => {
    // An invitation for someone else, and one for this address but as a participant: neither counts.
    await inviteByEmail('facilitator', 'bert@ggz-test.nl');
    await inviteByEmail('participant', 'anna@ggz-test.nl');
    const browser = client();
    const res = await ssoLogin(browser, anna);
    expectRefusalPage(res, 403, /Vraag een beheerder van je organisatie om een uitnodiging/);
    expect(await me(browser)).toBeNull();
    expect(await countMemberships()).toBe(1);
    const refused = (await auditActions()).filter((a) => a.action === 'sso.login_refused');
    expect(refused.map((a) => a.details.reason)).toEqual(['no_invitation']);
  });

  it('should refuse an address the provider did not verify', async () => {
    await inviteByEmail('facilitator', 'anna@ggz-test.nl');
    const res = await ssoLogin(client(), { ...anna, email_verified: false });
    expectRefusalPage(res, 403, /bevestigd e-mailadres/);
    expect(await countMemberships()).toBe(1);
  });
});

describe('role mapping', () => {
  beforeEach(async () => {
    await configure({
      clientSecret: '',
      mapping: {
        mode: 'claim',
        claim: 'groups',
        adminValues: ['spiegel-beheer'],
        facilitatorValues: ['spiegel-begeleiding'],
      },
    });
  });

  it('should apply the mapped role at each log-in and audit it as a role change', async () => {
    await inviteByEmail('facilitator', 'anna@ggz-test.nl');
    const browser = client();
    expect((await ssoLogin(browser, { ...anna, groups: ['x', 'spiegel-beheer'] })).status).toBe(302);
    expect((await me(browser))?.role).toBe('admin');

    const later = client();
    expect((await ssoLogin(later, { ...anna, groups: ['spiegel-begeleiding'] })).status).toBe(302);
    expect((await me(later))?.role).toBe('facilitator');

    const changes = (await auditActions()).filter((a) => a.action === 'member.role_change');
    expect(changes.map((c) => [c.details.from, c.details.to, c.details.source])).toEqual([
      ['facilitator', 'admin', 'sso'],
      ['admin', 'facilitator', 'sso'],
    ]);
  });

  it('should refuse someone whose claim maps to no staff role, and leave the account as it was', async () => {
    await inviteByEmail('facilitator', 'anna@ggz-test.nl');
    expect((await ssoLogin(client(), { ...anna, groups: ['spiegel-begeleiding'] })).status).toBe(302);
    const browser = client();
    const res = await ssoLogin(browser, { ...anna, groups: ['boekhouding'] });
    expectRefusalPage(res, 403, /geen rol als begeleider of beheerder/);
    expect(await me(browser)).toBeNull();
    const [row] = await t.ds.query<{ role: string }[]>(
      `SELECT m.role FROM memberships m JOIN sso_identities i ON i.membership_id = m.id`,
    );
    expect(row!.role).toBe('facilitator');
  });
});
