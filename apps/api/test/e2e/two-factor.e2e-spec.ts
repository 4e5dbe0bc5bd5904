import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { PendingSecondFactorView, TwoFactorEnrolmentView, TwoFactorStatusView } from '@spiegel/domain';
import { generate } from 'otplib';
import { Clock } from '../../src/common/clock.js';
import { loadConfig } from '../../src/config/config.js';
import { changedTables, snapshotDatabase } from '../support/db-snapshot.js';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { restRoutes } from '../support/route-catalog.js';
import { closeAllSockets, connected } from '../support/sockets.js';
import { resetDatabase, startTestApp, type TestApp, TestClient } from '../support/test-app.js';

interface ErrorBody {
  code: string;
  message: string;
}

let t: TestApp;
let clock: Clock;
let orgId: string;
let admin: TestMember;
let facilitator: TestMember;
let participant: TestMember;
/** The second factor's clock: 20 s into a time step, so ±1 step is exactly ±30 s away. */
const T0 = new Date(Date.UTC(2026, 11, 7, 9, 0, 20));
const client = () => new TestClient(t.url, t.origin);
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const codeAt = (secret: string, when: Date) => generate({ secret, epoch: Math.floor(when.getTime() / 1000) });

/** Logs in with the password; the answer is either a session or the step still owed. */
async function passwordStep(m: TestMember, c = client()) {
  const res = await c.login(m.login, m.password);
  expect(res.status).toBe(200);
  return { c, body: res.body as { me?: unknown; secondFactor?: { step: string } } };
}

/** Enrols `m` through the log-in, with the clock at `when`; returns the secret and recovery codes. */
async function enrolThroughLogin(m: TestMember, when = T0) {
  clock.set(when);
  const { c, body } = await passwordStep(m);
  expect(body).toEqual({ secondFactor: { step: 'enrol' } });
  const enrolment = await c.post<TwoFactorEnrolmentView>('/api/two-factor/enrolment');
  expect(enrolment.status).toBe(201);
  const confirm = await c.post<{ recoveryCodes: string[] }>('/api/two-factor/enrolment/confirm', {
    code: await codeAt(enrolment.body.secret, when),
  });
  expect(confirm.status).toBe(201);
  return { c, secret: enrolment.body.secret, recoveryCodes: confirm.body.recoveryCodes };
}

async function me(c: TestClient): Promise<unknown> {
  return (await c.get<{ me: unknown }>('/api/auth/session')).body.me;
}

async function auditActions(): Promise<string[]> {
  const rows = await t.ds.query<{ action: string }[]>(
    `SELECT action FROM audit_events WHERE action LIKE 'two_factor.%' ORDER BY id`,
  );
  return rows.map((r) => r.action);
}

beforeAll(async () => {
  t = await startTestApp();
  clock = t.app.get(Clock);
});
afterAll(async () => {
  clock.set(null);
  await t.close();
});
beforeEach(async () => {
  await resetDatabase(t.ds);
  clock.set(T0);
  const org = await buildOrganisation(t.ds, 'Herstelacademie Twee', { twoFactorRequired: true });
  orgId = org.id;
  admin = await buildMember(t.ds, org.id, 'admin', { login: 'beheer', displayName: 'Beheer' });
  facilitator = await buildMember(t.ds, org.id, 'facilitator', { login: 'ruben', displayName: 'Ruben' });
  participant = await buildMember(t.ds, org.id, 'participant', { login: 'sanne', displayName: 'Sanne' });
});
afterEach(() => closeAllSockets());

describe('a log-in that still owes its second step', () => {
  it('should give staff without a factor no session, only the enrolment step', async () => {
    const { c, body } = await passwordStep(facilitator);
    expect(body).toEqual({ secondFactor: { step: 'enrol' } });
    expect(c.cookies.has('spiegel_session')).toBe(false);
    expect(c.cookies.has('spiegel_2fa_pending')).toBe(true);
    expect(await me(c)).toBeNull();
    const pending = await c.get<PendingSecondFactorView>('/api/two-factor/pending');
    expect(pending.body).toEqual({ step: 'enrol', displayName: 'Ruben' });
  });

  it('should refuse every route that needs a session while the second step is pending', async () => {
    await enrolThroughLogin(admin);
    clock.set(at(90));
    const { c, body } = await passwordStep(admin);
    expect(body).toEqual({ secondFactor: { step: 'verify' } });
    const routes = restRoutes(t.app).filter((r) => !r.public);
    expect(routes.length).toBeGreaterThan(50);
    const before = await snapshotDatabase(t.ds);
    const id = '00000000-0000-4000-8000-000000000000';
    for (const r of routes) {
      const path = r.path.replace(/:[A-Za-z]+/g, id);
      const res = await c.request<ErrorBody>(r.method, path, r.method === 'GET' ? undefined : {});
      expect({ route: r.key, status: res.status }).toEqual({ route: r.key, status: 401 });
    }
    expect(changedTables(before, await snapshotDatabase(t.ds))).toEqual([]);
  });

  it('should refuse a socket that comes with only the pending cookie', async () => {
    const { c } = await passwordStep(facilitator);
    await expect(connected(c, 3000)).rejects.toThrow('UNAUTHENTICATED');
  });

  it('should not start a session by registering a staff invitation where the factor is required', async () => {
    const { c: adminClient } = await enrolThroughLogin(admin);
    const invite = await adminClient.post<{ code: string }>('/api/admin/invitations', {
      role: 'facilitator',
    });
    expect(invite.status).toBe(201);
    const anon = client();
    const reg = await anon.post('/api/auth/register', {
      code: invite.body.code,
      displayName: 'Nieuwe Begeleider',
      login: 'nieuw',
      password: 'een-lang-wachtwoord',
    });
    expect(reg.status).toBe(201);
    expect(reg.body).toEqual({ secondFactor: { step: 'enrol' } });
    expect(anon.cookies.has('spiegel_session')).toBe(false);
    expect(await me(anon)).toBeNull();
  });

  it('should not let a password reset start a session around the second step', async () => {
    const { c: adminClient } = await enrolThroughLogin(admin);
    const link = await adminClient.post<{ token: string }>(
      `/api/admin/members/${facilitator.membershipId}/password-reset`,
    );
    const anon = client();
    const reset = await anon.post('/api/auth/password-reset', {
      token: link.body.token,
      newPassword: 'een-nieuw-wachtwoord',
    });
    expect(reset.status).toBe(204);
    expect(anon.cookies.has('spiegel_session')).toBe(false);
    const { body } = await passwordStep({ ...facilitator, password: 'een-nieuw-wachtwoord' });
    expect(body).toEqual({ secondFactor: { step: 'enrol' } });
  });

  it('should end the pending log-in after ten minutes', async () => {
    const { c } = await passwordStep(facilitator);
    clock.set(at(10 * 60 + 1));
    expect((await c.get<PendingSecondFactorView>('/api/two-factor/pending')).body.step).toBeNull();
    const res = await c.post<ErrorBody>('/api/two-factor/enrolment');
    expect(res.status).toBe(401);
  });

  it('should let participants in with the password alone', async () => {
    const { c, body } = await passwordStep(participant);
    expect(body).toMatchObject({ me: { role: 'participant' } });
    expect(await me(c)).not.toBeNull();
  });

  it('should let staff in with the password alone where the organisation switched the requirement off', async () => {
    const { c: adminClient } = await enrolThroughLogin(admin);
    const off = await adminClient.request('PUT', '/api/admin/two-factor/policy', { requiredForStaff: false });
    expect(off.status).toBe(200);
    const { body } = await passwordStep(facilitator);
    expect(body).toMatchObject({ me: { role: 'facilitator' } });
    expect(await auditActions()).toContain('two_factor.policy_changed');
  });
});

describe('enrolment', () => {
  it('should show a QR code and the secret, keep the secret encrypted, and start the session on a right code', async () => {
    const { c } = await passwordStep(facilitator);
    const enrolment = await c.post<TwoFactorEnrolmentView>('/api/two-factor/enrolment');
    expect(enrolment.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.body.otpauthUrl).toBe(
      `otpauth://totp/Spiegel:Ruben?secret=${enrolment.body.secret}&issuer=Spiegel`,
    );
    expect(enrolment.body.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const [stored] = await t.ds.query<{ secret_encrypted: string }[]>(
      `SELECT secret_encrypted FROM two_factor_factors WHERE user_id = $1`,
      [facilitator.userId],
    );
    expect(stored!.secret_encrypted).not.toContain(enrolment.body.secret);

    const wrong = await c.post<ErrorBody>('/api/two-factor/enrolment/confirm', { code: '000000' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('SECOND_FACTOR_INVALID');
    expect(await me(c)).toBeNull();

    const confirm = await c.post<{ recoveryCodes: string[] }>('/api/two-factor/enrolment/confirm', {
      code: await codeAt(enrolment.body.secret, T0),
    });
    expect(confirm.status).toBe(201);
    expect(confirm.body.recoveryCodes).toHaveLength(10);
    expect(new Set(confirm.body.recoveryCodes).size).toBe(10);
    for (const code of confirm.body.recoveryCodes) expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    const hashes = await t.ds.query<{ code_hash: string }[]>(
      `SELECT code_hash FROM two_factor_recovery_codes WHERE user_id = $1`,
      [facilitator.userId],
    );
    expect(hashes).toHaveLength(10);
    for (const h of hashes)
      expect(confirm.body.recoveryCodes.map((x) => x.replace('-', ''))).not.toContain(h.code_hash);
    expect(await me(c)).toMatchObject({ role: 'facilitator' });
    expect(c.cookies.has('spiegel_2fa_pending')).toBe(false);
    const status = await c.get<TwoFactorStatusView>('/api/two-factor/me');
    expect(status.body).toMatchObject({ enrolled: true, recoveryCodesLeft: 10, required: true });
    expect(await auditActions()).toEqual(['two_factor.failed', 'two_factor.enrolled']);
  });

  it('should refuse the enrolment code itself on the next log-in (same time step)', async () => {
    const { secret } = await enrolThroughLogin(facilitator);
    const { c } = await passwordStep(facilitator);
    const replay = await c.post<ErrorBody>('/api/two-factor/verify', { code: await codeAt(secret, T0) });
    expect(replay.status).toBe(401);
    expect(replay.body.message).toContain('al gebruikt');
  });

  it('should let a participant enrol from Mijn account, then ask for a code, and switch it off with one', async () => {
    const { c } = await passwordStep(participant);
    expect((await c.get<TwoFactorStatusView>('/api/two-factor/me')).body).toMatchObject({
      enrolled: false,
      required: false,
    });
    const enrolment = await c.post<TwoFactorEnrolmentView>('/api/two-factor/enrolment');
    await c.post('/api/two-factor/enrolment/confirm', { code: await codeAt(enrolment.body.secret, T0) });
    const again = await c.post<ErrorBody>('/api/two-factor/enrolment');
    expect(again.status).toBe(409);

    clock.set(at(30));
    const { c: c2, body } = await passwordStep(participant);
    expect(body).toEqual({ secondFactor: { step: 'verify' } });
    const ok = await c2.post('/api/two-factor/verify', { code: await codeAt(enrolment.body.secret, at(30)) });
    expect(ok.status).toBe(204);

    clock.set(at(60));
    const off = await c2.post('/api/two-factor/me/disable', {
      code: await codeAt(enrolment.body.secret, at(60)),
    });
    expect(off.status).toBe(204);
    expect((await passwordStep(participant)).body).toMatchObject({ me: { role: 'participant' } });
    expect(await auditActions()).toEqual([
      'two_factor.enrolled',
      'two_factor.verified',
      'two_factor.disabled',
    ]);
  });

  it('should not let staff switch a required factor off', async () => {
    const { c, secret } = await enrolThroughLogin(facilitator);
    clock.set(at(30));
    const off = await c.post<ErrorBody>('/api/two-factor/me/disable', { code: await codeAt(secret, at(30)) });
    expect(off.status).toBe(403);
  });
});

describe('the second step with a code', () => {
  it.each([
    ['the current step', 0, 204],
    ['one step back (clock of the phone behind)', -30, 204],
    ['one step ahead (clock of the phone ahead)', 30, 204],
    ['two steps back', -60, 401],
    ['two steps ahead', 60, 401],
  ])('should answer %s with %i', async (_name, offset, expected) => {
    const { secret } = await enrolThroughLogin(facilitator, at(-300));
    clock.set(at(0));
    const { c } = await passwordStep(facilitator);
    const res = await c.post('/api/two-factor/verify', { code: await codeAt(secret, at(offset)) });
    expect(res.status).toBe(expected);
    if (expected === 204) expect(await me(c)).toMatchObject({ role: 'facilitator' });
    else expect(await me(c)).toBeNull();
  });

  it('should refuse a replayed code, and an older step after a newer one was used', async () => {
    const { secret } = await enrolThroughLogin(facilitator, at(-300));
    clock.set(at(0));
    const first = await passwordStep(facilitator);
    expect((await first.c.post('/api/two-factor/verify', { code: await codeAt(secret, at(0)) })).status).toBe(
      204,
    );
    const second = await passwordStep(facilitator);
    const replay = await second.c.post<ErrorBody>('/api/two-factor/verify', {
      code: await codeAt(secret, at(0)),
    });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('SECOND_FACTOR_INVALID');
    const older = await second.c.post('/api/two-factor/verify', { code: await codeAt(secret, at(-30)) });
    expect(older.status).toBe(401);
    expect(await me(second.c)).toBeNull();
    // The next time step works again.
    clock.set(at(30));
    expect(
      (await second.c.post('/api/two-factor/verify', { code: await codeAt(secret, at(30)) })).status,
    ).toBe(204);
  });

  it('should let only one of two simultaneous requests with the same code through', async () => {
    const { secret } = await enrolThroughLogin(facilitator, at(-300));
    clock.set(at(0));
    const a = await passwordStep(facilitator);
    const b = await passwordStep(facilitator);
    const code = await codeAt(secret, at(0));
    const results = await Promise.all([
      a.c.post('/api/two-factor/verify', { code }),
      b.c.post('/api/two-factor/verify', { code }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([204, 401]);
  });

  it('should stop trying after five wrong codes, for the rest of the window, even with the right code', async () => {
    const { secret } = await enrolThroughLogin(facilitator, at(-300));
    clock.set(at(0));
    const { c } = await passwordStep(facilitator);
    for (let i = 0; i < 5; i++) {
      const res = await c.post('/api/two-factor/verify', { code: String(100000 + i) });
      expect(res.status).toBe(401);
    }
    const blocked = await c.post<ErrorBody & { details: { retryAfterSeconds: number } }>(
      '/api/two-factor/verify',
      {
        code: await codeAt(secret, at(0)),
      },
    );
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('RATE_LIMITED');
    expect(blocked.body.details.retryAfterSeconds).toBeGreaterThan(14 * 60);
    // Recovery codes count against the same limit.
    const viaRecovery = await c.post('/api/two-factor/recovery', { code: 'AAAAA-AAAAA' });
    expect(viaRecovery.status).toBe(429);
    // A new log-in does not reset it.
    const again = await passwordStep(facilitator);
    expect((await again.c.post('/api/two-factor/verify', { code: await codeAt(secret, at(0)) })).status).toBe(
      429,
    );
    // After the window it works.
    clock.set(at(15 * 60 + 1));
    const later = await passwordStep(facilitator);
    const ok = await later.c.post('/api/two-factor/verify', { code: await codeAt(secret, at(15 * 60 + 1)) });
    expect(ok.status).toBe(204);
    expect((await auditActions()).filter((a) => a === 'two_factor.failed')).toHaveLength(5);
  });
});

describe('recovery codes', () => {
  it('should let each recovery code in once', async () => {
    const { recoveryCodes } = await enrolThroughLogin(facilitator);
    const first = await passwordStep(facilitator);
    const used = await first.c.post<{ recoveryCodesLeft: number }>('/api/two-factor/recovery', {
      code: recoveryCodes[3]!.toLowerCase(),
    });
    expect(used.status).toBe(201);
    expect(used.body).toEqual({ recoveryCodesLeft: 9 });
    expect(await me(first.c)).toMatchObject({ role: 'facilitator' });

    const second = await passwordStep(facilitator);
    const again = await second.c.post<ErrorBody>('/api/two-factor/recovery', { code: recoveryCodes[3] });
    expect(again.status).toBe(401);
    expect(await me(second.c)).toBeNull();
    const other = await second.c.post('/api/two-factor/recovery', { code: recoveryCodes[4] });
    expect(other.status).toBe(201);
    expect(await auditActions()).toEqual([
      'two_factor.enrolled',
      'two_factor.recovery_code_used',
      'two_factor.failed',
      'two_factor.recovery_code_used',
    ]);
  });

  it("should not accept one person's recovery code for another", async () => {
    const { recoveryCodes } = await enrolThroughLogin(facilitator);
    await enrolThroughLogin(admin, at(30));
    const { c } = await passwordStep(admin);
    expect((await c.post('/api/two-factor/recovery', { code: recoveryCodes[0] })).status).toBe(401);
  });
});

describe('remembering a device for 30 days', () => {
  it('should skip the code on the same device until it expires, and only for the same person', async () => {
    const { secret } = await enrolThroughLogin(facilitator, at(-300));
    clock.set(at(0));
    const { c } = await passwordStep(facilitator);
    const ok = await c.post('/api/two-factor/verify', {
      code: await codeAt(secret, at(0)),
      rememberDevice: true,
    });
    expect(ok.status).toBe(204);
    const device = c.cookies.get('spiegel_2fa_device');
    expect(device).toBeDefined();
    const setCookie = ok.headers.getSetCookie().find((h) => h.startsWith('spiegel_2fa_device='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Path=\/api\/auth\/login/);

    const sameDevice = client();
    sameDevice.cookies.set('spiegel_2fa_device', device!);
    expect((await passwordStep(facilitator, sameDevice)).body).toMatchObject({ me: { role: 'facilitator' } });

    // Bound to the person: someone else on that device still owes a code.
    await enrolThroughLogin(admin, at(0));
    const shared = client();
    shared.cookies.set('spiegel_2fa_device', device!);
    expect((await passwordStep(admin, shared)).body).toEqual({ secondFactor: { step: 'verify' } });

    // A forged signature does not count.
    const forged = client();
    forged.cookies.set(
      'spiegel_2fa_device',
      device!.replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A')),
    );
    expect((await passwordStep(facilitator, forged)).body).toEqual({ secondFactor: { step: 'verify' } });

    clock.set(at(31 * 86_400));
    const expiredDevice = client();
    expiredDevice.cookies.set('spiegel_2fa_device', device!);
    expect((await passwordStep(facilitator, expiredDevice)).body).toEqual({
      secondFactor: { step: 'verify' },
    });
    expect(await auditActions()).toContain('two_factor.device_remembered');
  });

  it('should forget the device when the password changes', async () => {
    const { secret } = await enrolThroughLogin(facilitator, at(-300));
    clock.set(at(0));
    const { c } = await passwordStep(facilitator);
    await c.post('/api/two-factor/verify', { code: await codeAt(secret, at(0)), rememberDevice: true });
    const device = c.cookies.get('spiegel_2fa_device')!;
    const change = await c.post('/api/auth/password', {
      currentPassword: facilitator.password,
      newPassword: 'een-nieuw-wachtwoord',
    });
    expect(change.status).toBe(204);
    const later = client();
    later.cookies.set('spiegel_2fa_device', device);
    expect((await passwordStep({ ...facilitator, password: 'een-nieuw-wachtwoord' }, later)).body).toEqual({
      secondFactor: { step: 'verify' },
    });
  });
});

describe('recovery through an admin', () => {
  it('should reset the factor, end sessions and devices, tell the person, and have them enrol again', async () => {
    const { c: adminClient } = await enrolThroughLogin(admin, at(-300));
    const { c: person, secret } = await enrolThroughLogin(facilitator, at(-270));
    clock.set(at(0));
    const withDevice = await passwordStep(facilitator);
    await withDevice.c.post('/api/two-factor/verify', {
      code: await codeAt(secret, at(0)),
      rememberDevice: true,
    });
    const device = withDevice.c.cookies.get('spiegel_2fa_device')!;

    const list = await adminClient.get<{ membershipId: string; enrolled: boolean }[]>(
      '/api/admin/two-factor/members',
    );
    expect(list.body).toContainEqual({ membershipId: facilitator.membershipId, enrolled: true });
    expect(list.body).toContainEqual({ membershipId: participant.membershipId, enrolled: false });

    const reset = await adminClient.post(`/api/admin/two-factor/members/${facilitator.membershipId}/reset`);
    expect(reset.status).toBe(204);
    expect(await me(person)).toBeNull();
    const [notification] = await t.ds.query<{ kind: string; actor_membership_id: string }[]>(
      `SELECT kind, actor_membership_id FROM notifications WHERE recipient_membership_id = $1`,
      [facilitator.membershipId],
    );
    expect(notification).toEqual({ kind: 'two_factor_reset', actor_membership_id: admin.membershipId });
    const [audit] = await t.ds.query<{ actor_membership_id: string; subject_membership_id: string }[]>(
      `SELECT actor_membership_id, subject_membership_id FROM audit_events WHERE action = 'two_factor.reset_by_admin'`,
    );
    expect(audit).toEqual({
      actor_membership_id: admin.membershipId,
      subject_membership_id: facilitator.membershipId,
    });

    const next = client();
    next.cookies.set('spiegel_2fa_device', device);
    expect((await passwordStep(facilitator, next)).body).toEqual({ secondFactor: { step: 'enrol' } });
    expect(
      (await adminClient.post<ErrorBody>(`/api/admin/two-factor/members/${facilitator.membershipId}/reset`))
        .status,
    ).toBe(409);
  });

  it("should refuse an admin's own reset and a member of another organisation, changing nothing", async () => {
    const { c: adminClient } = await enrolThroughLogin(admin);
    const other = await buildOrganisation(t.ds, 'Elders');
    const stranger = await buildMember(t.ds, other.id, 'facilitator');
    const before = await snapshotDatabase(t.ds);
    expect((await adminClient.post(`/api/admin/two-factor/members/${admin.membershipId}/reset`)).status).toBe(
      403,
    );
    expect(
      (await adminClient.post(`/api/admin/two-factor/members/${stranger.membershipId}/reset`)).status,
    ).toBe(404);
    expect(changedTables(before, await snapshotDatabase(t.ds))).toEqual([]);
    expect(orgId).not.toBe(other.id);
  });
});

describe('the encryption key', () => {
  const base = { NODE_ENV: 'production', DATABASE_URL: 'postgres://x@127.0.0.1/x' };

  it('should refuse to start in production without TOTP_ENCRYPTION_KEY', () => {
    expect(() => loadConfig(base)).toThrow(/TOTP_ENCRYPTION_KEY: required when NODE_ENV=production/);
  });

  it.each([
    ['too short', 'abc'],
    ['31 bytes of hex', 'ab'.repeat(31)],
    ['not base64', '!'.repeat(44)],
  ])('should refuse a key that is %s', (_name, key) => {
    expect(() => loadConfig({ ...base, TOTP_ENCRYPTION_KEY: key })).toThrow(
      /TOTP_ENCRYPTION_KEY: must be 32 bytes/,
    );
  });

  it.each([
    ['hex', 'ab'.repeat(32)],
    ['base64', Buffer.alloc(32, 7).toString('base64')],
  ])('should take a 32-byte key in %s', (_name, key) => {
    const config = loadConfig({ ...base, TOTP_ENCRYPTION_KEY: key });
    expect(config.totpEncryptionKey).toHaveLength(32);
    expect(config.totpKeyIsDevDefault).toBe(false);
  });

  it('should use the development key outside production only', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).totpKeyIsDevDefault).toBe(true);
  });
});
