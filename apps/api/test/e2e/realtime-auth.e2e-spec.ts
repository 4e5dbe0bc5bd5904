import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Socket } from 'socket.io-client';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { resetDatabase, startTestApp, type TestApp, TestClient } from '../support/test-app.js';

let t: TestApp;
let member: TestMember;
const sockets: Socket[] = [];

function track<S extends Socket>(s: S): S {
  sockets.push(s);
  return s;
}

function once<T>(socket: Socket, event: string, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    socket.once(event, (v: T) => {
      clearTimeout(timer);
      resolve(v);
    });
  });
}

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await t.close();
});
beforeEach(async () => {
  await resetDatabase(t.ds);
  const org = await buildOrganisation(t.ds);
  member = await buildMember(t.ds, org.id);
});

describe('socket.io handshake', () => {
  it('should refuse a connection without a session', async () => {
    const s = track(new TestClient(t.url, t.origin).socket());
    const err = await once<Error>(s, 'connect_error');
    expect(err.message).toBe('UNAUTHENTICATED');
  });

  it('should accept the session cookie and answer a ping', async () => {
    const c = new TestClient(t.url, t.origin);
    await c.login(member.login, member.password);
    const s = track(c.socket());
    const ready = await once<{ membershipId: string }>(s, 'session:ready');
    expect(ready.membershipId).toBe(member.membershipId);
    const ack = await s.timeout(3000).emitWithAck('ping', {});
    expect(ack.ok).toBe(true);
  });

  it('should refuse a browser handshake from a foreign origin', async () => {
    const c = new TestClient(t.url, t.origin);
    await c.login(member.login, member.password);
    const s = track(c.socket({ origin: 'https://evil.example' }));
    const err = await once<Error>(s, 'connect_error');
    expect(err).toBeInstanceOf(Error);
    expect(s.connected).toBe(false);
  });

  it.each([
    [
      'a password change elsewhere',
      async (c: TestClient, _m: TestMember) => {
        const other = new TestClient(t.url, t.origin);
        await other.login(member.login, member.password);
        expect(
          (
            await other.post('/api/auth/password', {
              currentPassword: member.password,
              newPassword: 'een-nieuw-wachtwoord',
            })
          ).status,
        ).toBe(204);
        void c;
      },
    ],
    [
      'removal by an admin',
      async (_c: TestClient, m: TestMember) => {
        const admin = await buildMember(t.ds, m.organisationId, 'admin');
        const a = new TestClient(t.url, t.origin);
        await a.login(admin.login, admin.password);
        expect((await a.delete(`/api/admin/members/${m.membershipId}`)).status).toBe(204);
      },
    ],
  ])('should disconnect open sockets within 5 s after %s', async (_name, revoke) => {
    const c = new TestClient(t.url, t.origin);
    await c.login(member.login, member.password);
    const s = track(c.socket());
    await once(s, 'session:ready');
    const revoked = once<void>(s, 'session:revoked', 5000);
    const disconnected = once<string>(s, 'disconnect', 5000);
    const started = Date.now();
    await revoke(c, member);
    await revoked;
    expect(await disconnected).toBe('io server disconnect');
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await c.get('/api/rooms')).status).toBe(401);
  });

  it('should disconnect the sockets of a session within seconds of log-out', async () => {
    const c = new TestClient(t.url, t.origin);
    await c.login(member.login, member.password);
    const s = track(c.socket());
    await once(s, 'session:ready');
    const disconnected = once<string>(s, 'disconnect', 5000);
    const started = Date.now();
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect(await disconnected).toBe('io server disconnect');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
