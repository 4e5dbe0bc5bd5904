import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { OnboardingView } from '@spiegel/domain';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { buildRoom } from '../support/room-fixtures.js';
import { resetDatabase, startTestApp, type TestApp, TestClient } from '../support/test-app.js';

let t: TestApp;
let sanne: TestMember;
let joris: TestMember;
let stranger: TestMember;
let roomId: string;
let otherRoomId: string;

async function clientFor(m: TestMember): Promise<TestClient> {
  const c = new TestClient(t.url, t.origin);
  expect((await c.login(m.login, m.password)).status).toBe(200);
  return c;
}
const stored = async () =>
  (await t.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM onboarding_completions`))[0]!.n;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await resetDatabase(t.ds);
  const org = await buildOrganisation(t.ds);
  const other = await buildOrganisation(t.ds);
  sanne = await buildMember(t.ds, org.id, 'participant');
  joris = await buildMember(t.ds, org.id, 'participant');
  stranger = await buildMember(t.ds, other.id, 'participant');
  roomId = (await buildRoom(t.ds, org.id, [sanne.membershipId])).id;
  otherRoomId = (await buildRoom(t.ds, other.id, [stranger.membershipId], 'group', 'Elders')).id;
});

describe('the first-visit guide, remembered per person', () => {
  it('should start unfinished, remember finishing with the accepted agreements, and keep the first date', async () => {
    const s = await clientFor(sanne);
    expect((await s.get<OnboardingView>('/api/onboarding')).body).toEqual({
      completedAt: null,
      acceptedRoomId: null,
    });
    const done = await s.request<OnboardingView>('PUT', '/api/onboarding', { acceptedRoomId: roomId });
    expect(done.status).toBe(200);
    expect(done.body.acceptedRoomId).toBe(roomId);
    expect(done.body.completedAt).not.toBeNull();
    // Seen again later from Mijn account: still the first date.
    const again = await s.request<OnboardingView>('PUT', '/api/onboarding', {});
    expect(again.body).toEqual(done.body);
    // Per person: Joris has not seen it.
    const j = await clientFor(joris);
    expect((await j.get<OnboardingView>('/api/onboarding')).body.completedAt).toBeNull();
  });

  it('should refuse agreements of a room the person is not in, and store nothing', async () => {
    const j = await clientFor(joris);
    expect((await j.request('PUT', '/api/onboarding', { acceptedRoomId: roomId })).status).toBe(404);
    expect((await j.request('PUT', '/api/onboarding', { acceptedRoomId: otherRoomId })).status).toBe(404);
    expect(await stored()).toBe(0);
  });

  it('should answer bad input with 400 and a message, never a 500', async () => {
    const s = await clientFor(sanne);
    for (const body of [{ acceptedRoomId: 'not-a-uuid' }, { acceptedRoomId: 42 }, { extra: true }]) {
      const res = await s.request<{ code: string }>('PUT', '/api/onboarding', body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    expect(await stored()).toBe(0);
  });

  it('should go with the account when it is erased', async () => {
    const s = await clientFor(sanne);
    await s.request('PUT', '/api/onboarding', { acceptedRoomId: roomId });
    expect(
      (
        await s.request('DELETE', '/api/me', {
          password: sanne.password,
          contributions: 'delete',
          confirm: 'VERWIJDER',
        })
      ).status,
    ).toBe(204);
    expect(await stored()).toBe(0);
  });
});
