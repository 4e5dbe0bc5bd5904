import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { InsightSessionPicture } from '@spiegel/domain';
import { LivePictureRepository } from '../../src/modules/insight/live-picture.repository.js';
import { LiveSessionService } from '../../src/modules/insight/live-session.service.js';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { buildRoom, clientId } from '../support/room-fixtures.js';
import { closeAllSockets, connected, record, sleep, waitFor, type TestSocket } from '../support/sockets.js';
import { loggedIn, resetDatabase, startTestApp, type TestApp, type TestClient } from '../support/test-app.js';

/**
 * The live session panel as counters: computed only where a host socket of the room is connected, fed by
 * activity handled on any instance, and always equal to the picture the database gives.
 */
const adapters: [string, Record<string, string>][] = [['PostgreSQL adapter', { REDIS_URL: '' }]];
if (process.env.REDIS_URL) adapters.push(['Redis adapter', { REDIS_URL: process.env.REDIS_URL }]);

/**
 * The picture without what legitimately differs between two computations: the moment, row order, and,
 * with no session in progress, the start of the sliding three-hour window (the counters keep the one of
 * their last recomputation; nothing in this test is near either edge).
 */
function comparable(p: InsightSessionPicture) {
  const { to: _to, from: _from, ...rest } = p;
  return {
    ...rest,
    phases: [...p.phases].sort((x, y) => String(x.phase).localeCompare(String(y.phase))),
  };
}

describe.each(adapters)('live panel across two instances with the %s', (_name, env) => {
  let a: TestApp;
  let b: TestApp;
  let host: TestMember;
  let people: TestMember[];
  let otherHost: TestMember;
  let roomId: string;
  let unwatchedRoomId: string;

  beforeEach(async () => {
    const opts = { ...env, SEND_LIMIT_PER_USER: '1000', SEND_LIMIT_PER_ROOM: '5000' };
    a = await startTestApp(opts);
    b = await startTestApp(opts);
    await resetDatabase(a.ds);
    const org = await buildOrganisation(a.ds);
    host = await buildMember(a.ds, org.id, 'facilitator');
    otherHost = await buildMember(a.ds, org.id, 'facilitator');
    people = [];
    for (let i = 0; i < 4; i++) people.push(await buildMember(a.ds, org.id, 'participant'));
    const ids = people.map((m) => m.membershipId);
    roomId = (await buildRoom(a.ds, org.id, [host.membershipId, ...ids])).id;
    // Its facilitator never connects: nobody watches this room.
    unwatchedRoomId = (
      await buildRoom(a.ds, org.id, [otherHost.membershipId, ...ids], 'group', 'Groep Najaar')
    ).id;
    await sleep(300); // adapters subscribe asynchronously
  });
  afterEach(async () => {
    closeAllSockets();
    await a.close();
    await b.close();
  });

  async function emit<T>(s: TestSocket, event: string, payload: unknown): Promise<T> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the event name is chosen per call
    const ack = await (s as any).timeout(5000).emitWithAck(event, payload);
    if (!ack.ok) throw new Error(`${event}: ${ack.error.code}`);
    return ack.data as T;
  }

  it('should keep the picture equal to the database through sends, replies, herkenning, phases, edits, deletion and hiding, computing only where a host is', async () => {
    const calls = (app: TestApp, room: string) => {
      const spy = jest.spyOn(app.app.get(LivePictureRepository), 'livePicture');
      return () => spy.mock.calls.filter((c) => c[0] === room).length;
    };
    const bCalls = calls(b, roomId);
    const aCalls = calls(a, roomId);
    const unwatchedA = calls(a, unwatchedRoomId);
    const unwatchedB = calls(b, unwatchedRoomId);
    const liveA = a.app.get(LiveSessionService);
    const liveB = b.app.get(LiveSessionService);

    // The host is on instance b; everyone who writes is on instance a.
    const hostClient = await loggedIn(b, host);
    const hostSocket = await connected(hostClient);
    const pictures = record(hostSocket, 'insight:session');
    const clients = await Promise.all(people.map((m) => loggedIn(a, m)));
    const [, ahmed, joris] = clients as [TestClient, TestClient, TestClient, TestClient];
    const [sSanne, sAhmed, sJoris, sLotte] = (await Promise.all(clients.map((c) => connected(c)))) as [
      TestSocket,
      TestSocket,
      TestSocket,
      TestSocket,
    ];

    // b computes once when the host arrives and once more a moment later; a never does.
    await waitFor(() => liveB.watches(roomId) && pictures.length > 0, 5000, 'the first picture');
    await waitFor(() => bCalls() >= 2, 10000, 'the follow-up recomputation');
    await waitFor(() => liveA.watchedAnywhere(roomId), 5000, 'a hears that b watches the room');
    expect(liveA.watches(roomId)).toBe(false);
    expect(liveB.watches(unwatchedRoomId)).toBe(false);
    expect(liveA.watchedAnywhere(unwatchedRoomId)).toBe(false);
    const settled = bCalls();

    /** Waits until the host's last picture equals the database's (computed on a, which pushes nothing). */
    let referenceCalls = 0;
    const matchesDatabase = async (what: string) => {
      referenceCalls++;
      const truth = comparable((await liveA.picture(roomId))!);
      await waitFor(
        () => pictures.length > 0 && JSON.stringify(comparable(pictures.at(-1)!)) === JSON.stringify(truth),
        8000,
        `the pushed picture to equal the database after ${what}`,
      );
      return truth;
    };

    type Sent = { contribution: { id: string } };
    const send = (s: TestSocket, body: string, extra: Record<string, unknown> = {}) =>
      emit<Sent>(s, 'contribution:send', { clientId: clientId(), roomId, kind: 'message', body, ...extra });
    const story = await emit<Sent>(sSanne, 'contribution:send', {
      clientId: clientId(),
      roomId,
      kind: 'story',
      title: 'Mijn week — één stap 🌱',
      body: 'Ik dacht altijd dat ik de enige was die zo slecht sliep. Dat herken ik nu bij anderen.',
    });
    await send(sAhmed, 'Dat herken ik, bij mij ging het vorige week net zo.', {
      replyToId: story.contribution.id,
    });
    await send(sJoris, 'Wat hielp jou toen het zo zwaar was?', { replyToId: story.contribution.id });
    const plain = await send(sLotte, 'Morgen weer een sessie, ik kijk ernaar uit.');
    await send(sAhmed, 'Mooi verwoord. Dat geeft me moed.');
    for (const c of [ahmed, joris])
      expect(
        (
          await c.post(`/api/contributions/${story.contribution.id}/reactions`, {
            kind: 'herkenning',
            on: true,
          })
        ).status,
      ).toBe(200);
    await emit(sLotte, 'contribution:setPhase', { id: plain.contribution.id, phase: 'verbinding' });
    const counted = await matchesDatabase('sends, replies, herkenning and a phase change');
    expect(counted.contributions).toBe(5);
    expect(counted.recognitions.count).toBe(2);
    expect(counted.phases.find((p) => p.phase === 'verbinding')?.count).toBe(1);
    // All of that was counted on b without asking the database (one periodic check at most).
    expect(bCalls() - settled).toBeLessThanOrEqual(1);

    // What the counters cannot apply is recomputed.
    const edited = await send(sJoris, 'Kort.');
    await emit(sJoris, 'contribution:edit', {
      id: edited.contribution.id,
      body: 'Toch wat langer dan eerst: ik lees vooral mee, maar dit wilde ik zeggen.',
    });
    await matchesDatabase('an edit');
    const doomed = await send(sAhmed, 'Weg ermee.');
    await emit(sAhmed, 'contribution:delete', { id: doomed.contribution.id });
    await matchesDatabase('a deletion');
    expect(
      (
        await ahmed.post(`/api/contributions/${story.contribution.id}/reactions`, {
          kind: 'herkenning',
          on: false,
        })
      ).status,
    ).toBe(200);
    await matchesDatabase('a herkenning taken back');
    expect(
      (await hostClient.post(`/api/contributions/${plain.contribution.id}/hide`, { reason: 'Even niet.' }))
        .status,
    ).toBeLessThan(300);
    await send(sSanne, 'Nog één bericht na het verbergen.');
    const final = await matchesDatabase('hiding and one more send');
    expect(final.contributions).toBe(7);

    // The room nobody watches: written in from both instances, computed nowhere, relayed nowhere.
    const sB = await connected(await loggedIn(b, people[0]!));
    for (const s of [sSanne, sB])
      await emit(s, 'contribution:send', {
        clientId: clientId(),
        roomId: unwatchedRoomId,
        kind: 'message',
        body: 'Hallo?',
      });
    await sleep(600); // longer than the push throttle: a computation would have started by now
    expect([unwatchedA(), unwatchedB()]).toEqual([0, 0]);
    // a computed the watched room only when this test asked it for the reference.
    expect(aCalls()).toBe(referenceCalls);

    // The host leaves: b stops computing the room, and a stops relaying to b after the watch expires.
    hostSocket.disconnect();
    await waitFor(() => !liveB.watches(roomId), 5000, 'b to stop watching');
    const after = bCalls();
    await send(sLotte, 'Is er nog iemand?');
    await sleep(600);
    expect(bCalls()).toBe(after);
  });
});
