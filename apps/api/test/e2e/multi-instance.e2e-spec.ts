import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { ContributionView } from '@spiegel/domain';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { buildRoom, clientId } from '../support/room-fixtures.js';
import { closeAllSockets, connected, record, sleep, waitFor } from '../support/sockets.js';
import { resetDatabase, startTestApp, type TestApp, TestClient } from '../support/test-app.js';

/**
 * Two API instances on different ports against one database, clients spread over both: every
 * member receives every message exactly once, through the PostgreSQL adapter, and through Redis when
 * REDIS_URL is set (CI sets it).
 */
const adapters: [string, Record<string, string>][] = [['PostgreSQL adapter', { REDIS_URL: '' }]];
if (process.env.REDIS_URL) adapters.push(['Redis adapter', { REDIS_URL: process.env.REDIS_URL }]);

describe.each(adapters)('two instances with the %s', (_name, env) => {
  let a: TestApp;
  let b: TestApp;
  let members: TestMember[];
  let roomId: string;

  beforeEach(async () => {
    a = await startTestApp({ ...env, SEND_LIMIT_PER_USER: '1000', SEND_LIMIT_PER_ROOM: '5000' });
    b = await startTestApp({ ...env, SEND_LIMIT_PER_USER: '1000', SEND_LIMIT_PER_ROOM: '5000' });
    await resetDatabase(a.ds);
    const org = await buildOrganisation(a.ds);
    members = [];
    for (let i = 0; i < 6; i++)
      members.push(await buildMember(a.ds, org.id, i === 0 ? 'facilitator' : 'participant'));
    roomId = (
      await buildRoom(
        a.ds,
        org.id,
        members.map((m) => m.membershipId),
      )
    ).id;
    await sleep(300); // adapters subscribe asynchronously
  });
  afterEach(async () => {
    closeAllSockets();
    await a.close();
    await b.close();
  });

  it('should deliver every message to every member exactly once across instances', async () => {
    const sockets = await Promise.all(
      members.map(async (m, i) => {
        const app = i % 2 === 0 ? a : b;
        const c = new TestClient(app.url, app.origin);
        expect((await c.login(m.login, m.password)).status).toBe(200);
        return connected(c);
      }),
    );
    const received = sockets.map((s) => record(s, 'contribution:new'));
    const perSender = 5;
    const sent: string[] = [];
    await Promise.all(
      sockets.map(async (s, i) => {
        for (let k = 0; k < perSender; k++) {
          const ack = await s.timeout(5000).emitWithAck('contribution:send', {
            clientId: clientId(),
            roomId,
            kind: 'message',
            body: `m ${i}.${k}`,
          });
          if (!ack.ok) throw new Error(ack.error.message);
          sent.push(ack.data.contribution.id);
        }
      }),
    );
    const total = members.length * perSender;
    await waitFor(() => received.every((r) => r.length >= total), 10000, 'cross-instance delivery');
    await sleep(300);
    for (const r of received) {
      const ids = r.map((c: ContributionView) => c.id);
      expect(ids).toHaveLength(total);
      expect(new Set(ids)).toEqual(new Set(sent));
    }
  });

  it('should close a revoked session on the other instance', async () => {
    const m = members[1]!;
    const onB = new TestClient(b.url, b.origin);
    await onB.login(m.login, m.password);
    const s = await connected(onB);
    const gone = new Promise<string>((resolve) => s.once('disconnect', resolve));
    const onA = new TestClient(a.url, a.origin);
    onA.cookies.set('spiegel_session', onB.cookies.get('spiegel_session')!);
    onA.cookies.set('spiegel_csrf', onB.cookies.get('spiegel_csrf')!);
    expect((await onA.post('/api/auth/logout')).status).toBe(204);
    await expect(Promise.race([gone, sleep(5000).then(() => 'timeout')])).resolves.toBe(
      'io server disconnect',
    );
  });
});
