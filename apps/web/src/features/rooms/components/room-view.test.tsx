import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { ContributionView, SendContributionResult } from '@spiegel/domain';
import { act, screen, waitFor, within } from '@testing-library/react';
import { SocketContext } from '../../../lib/socket';
import {
  buildContribution,
  buildMe,
  buildRoomDetail,
  buildRoomMember,
  buildSession,
  ROOM_ID,
} from '../../../testing/builders';
import { createFakeSocket, type FakeSocket } from '../../../testing/fake-socket';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderWithProviders } from '../../../testing/render';
import { useRoomsRealtime } from '../hooks/use-rooms-realtime';
import { draftStore } from '../lib/drafts';
import { crisisStore, outboxStore } from '../lib/outbox';
import { FIRST_SHOWN } from './room-timeline';
import { RoomView } from './room-view';

const me = buildMe();
const meInRoom = buildRoomMember({
  membershipId: me.membershipId,
  displayName: me.displayName,
  avatarColor: me.avatarColor,
});
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function Realtime() {
  useRoomsRealtime(me.membershipId);
  return null;
}

/** Nothing new on the server unless a test says so; nobody else online. */
function answerQuietly(fake: FakeSocket): void {
  fake.answerAlways('catchup', (payload) => ({
    ok: true,
    data: {
      rooms: (payload as { rooms: { roomId: string; afterSeq: number }[] }).rooms.map((r) => ({
        roomId: r.roomId,
        items: [],
        hasMore: false,
        lastSeq: r.afterSeq,
      })),
    },
  }));
  fake.answerAlways('room:presence', () => ({ ok: true, data: { online: [me.membershipId] } }));
}

function renderRoom(fake: FakeSocket, items: ContributionView[] = [buildContribution({ seq: 1 })]) {
  answerQuietly(fake);
  mockFetch([
    {
      path: `/api/rooms/${ROOM_ID}`,
      body: buildRoomDetail({ lastSeq: items.length, lastReadSeq: items.length }),
    },
    {
      path: new RegExp(`^/api/rooms/${ROOM_ID}/contributions\\?limit=50$`),
      body: { items: [...items].reverse(), nextBefore: null },
    },
    { path: '/api/mutes', body: [] },
  ]);
  return renderWithProviders(
    <SocketContext value={fake.socket}>
      <Realtime />
      <RoomView roomId={ROOM_ID} me={me} onRemoved={jest.fn()} storyHref={(id) => `/verhaal/${id}`} />
    </SocketContext>,
    { session: buildSession(me) },
  );
}

function sentContribution(
  payload: unknown,
  overrides: Partial<ContributionView> = {},
): SendContributionResult {
  const p = payload as { clientId: string; body: string; kind: 'message' | 'story'; title?: string };
  return {
    contribution: buildContribution({
      seq: 2,
      clientId: p.clientId,
      body: p.body,
      kind: p.kind,
      title: p.title ?? null,
      author: meInRoom,
      ...overrides,
    }),
    duplicate: false,
    crisis: 'none',
  };
}

async function write(user: ReturnType<typeof renderRoom>['user'], text: string) {
  const box = await screen.findByRole('textbox', { name: 'Je bericht aan Groep Voorjaar' });
  // A page moves focus to its heading in the frame after it mounts (page.tsx), and the room now mounts in a
  // deferred render: a person starts typing after that frame, not inside it.
  await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  await user.click(box);
  await user.keyboard(`${text}{Enter}`);
}

beforeEach(() => {
  outboxStore.set([]);
  draftStore.set({});
  crisisStore.set(null);
});

afterEach(() => {
  jest.useRealTimers();
});

describe('RoomView outbox', () => {
  it('should show "Wordt verstuurd…" and then "Verstuurd" when the server acknowledges', async () => {
    const fake = createFakeSocket();
    const { user } = renderRoom(fake);
    await write(user, 'Hallo allemaal');

    expect(await screen.findByText('Wordt verstuurd…')).toBeInTheDocument();
    const [send] = fake.sentOf('contribution:send');
    expect(send?.payload).toMatchObject({ roomId: ROOM_ID, kind: 'message', body: 'Hallo allemaal' });
    expect((send?.payload as { clientId: string }).clientId).toMatch(UUID_V4);
    // The composer is empty again and keeps focus for the next message.
    expect(screen.getByRole('textbox', { name: 'Je bericht aan Groep Voorjaar' })).toHaveValue('');

    act(() => send?.ack?.({ ok: true, data: sentContribution(send.payload) }));

    expect(await screen.findByText('Verstuurd')).toBeInTheDocument();
    expect(screen.queryByText('Wordt verstuurd…')).not.toBeInTheDocument();
    expect(screen.getAllByText('Hallo allemaal')).toHaveLength(1);
  });

  it('should offer "Opnieuw proberen" after a timeout and retry with the same client id', async () => {
    const fake = createFakeSocket();
    const { user } = renderRoom(fake);
    await write(user, 'Is er iemand?');
    const [first] = fake.sentOf('contribution:send');
    act(() => first?.timeOut?.());

    expect(await screen.findByText('Niet verstuurd.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));

    const [, second] = fake.sentOf('contribution:send');
    const clientId = (first?.payload as { clientId: string }).clientId;
    expect((second?.payload as { clientId: string }).clientId).toBe(clientId);
    // The first attempt's late answer changes nothing; the retry's answer settles it.
    act(() => second?.ack?.({ ok: true, data: { ...sentContribution(second.payload), duplicate: true } }));
    expect(await screen.findByText('Verstuurd')).toBeInTheDocument();
    expect(screen.queryByText('Niet verstuurd.')).not.toBeInTheDocument();
    expect(screen.getAllByText('Is er iemand?')).toHaveLength(1);
  });

  it('should keep a message written offline and send it, once, with the same client id after reconnecting', async () => {
    const fake = createFakeSocket();
    const { user } = renderRoom(fake);
    await screen.findByRole('textbox', { name: 'Je bericht aan Groep Voorjaar' });
    act(() => fake.drop());
    await write(user, 'Geschreven zonder verbinding');

    expect(await screen.findByText('Niet verstuurd.')).toBeInTheDocument();
    expect(fake.sentOf('contribution:send')).toHaveLength(0);

    const before = fake.sentOf('catchup').length;
    act(() => {
      fake.reconnect();
      fake.serverEmit('session:ready', { membershipId: me.membershipId, organisationId: 'o-1' });
    });
    // First the client catches up on what it missed, then it retries the outbox.
    await waitFor(() => expect(fake.sentOf('catchup').length).toBeGreaterThan(before));
    expect(fake.sentOf('catchup').at(-1)?.payload).toEqual({
      rooms: [{ roomId: ROOM_ID, afterSeq: 1 }],
      limit: 100,
    });

    await waitFor(() => expect(fake.sentOf('contribution:send')).toHaveLength(1));
    const [retry] = fake.sentOf('contribution:send');
    expect(retry?.payload).toMatchObject({ body: 'Geschreven zonder verbinding' });
    act(() => retry?.ack?.({ ok: true, data: sentContribution(retry.payload) }));
    expect(await screen.findByText('Verstuurd')).toBeInTheDocument();
  });

  it('should show each contribution once when the live event and the ack both arrive', async () => {
    const fake = createFakeSocket();
    const { user } = renderRoom(fake);
    await write(user, 'Dubbel?');
    const [send] = fake.sentOf('contribution:send');
    const result = sentContribution(send?.payload);
    act(() => fake.serverEmit('contribution:new', result.contribution));
    act(() => send?.ack?.({ ok: true, data: result }));
    await screen.findByText('Verstuurd');
    expect(screen.getAllByText('Dubbel?')).toHaveLength(1);
  });
});

describe('RoomView crisis support', () => {
  it('should open the 113 panel with focus on it when the ack says the message may point to a crisis', async () => {
    const fake = createFakeSocket();
    const { user } = renderRoom(fake);
    await write(user, 'Ik zie het niet meer zitten, ik wil er niet meer zijn.');
    const [send] = fake.sentOf('contribution:send');
    act(() => send?.ack?.({ ok: true, data: { ...sentContribution(send.payload), crisis: 'concern' } }));

    const panel = await screen.findByRole('dialog', { name: 'Je staat er niet alleen voor' });
    const heading = within(panel).getByRole('heading', { name: 'Je staat er niet alleen voor' });
    expect(heading).toHaveFocus();
    expect(panel).toHaveTextContent('Je bericht is verstuurd');
    expect(panel).toHaveTextContent('De begeleiders van deze groep hebben een seintje gekregen');
    expect(within(panel).getByRole('link', { name: '113' })).toHaveAttribute('href', 'tel:113');
    expect(within(panel).getByRole('link', { name: '0800-0113' })).toHaveAttribute('href', 'tel:08000113');
    expect(within(panel).getByRole('link', { name: /113\.nl/ })).toHaveAttribute(
      'href',
      'https://www.113.nl',
    );
    expect(within(panel).getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');

    await user.click(within(panel).getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('dialog', { name: 'Je staat er niet alleen voor' })).not.toBeInTheDocument();
  });

  it('should not open the panel for an everyday message', async () => {
    const fake = createFakeSocket();
    const { user } = renderRoom(fake);
    await write(user, 'Ik ben doodmoe vandaag');
    const [send] = fake.sentOf('contribution:send');
    act(() => send?.ack?.({ ok: true, data: sentContribution(send.payload) }));
    await screen.findByText('Verstuurd');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('RoomView live region', () => {
  it('should announce new messages from others, not the history that was loaded', async () => {
    const fake = createFakeSocket();
    renderRoom(fake, [buildContribution({ seq: 1, body: 'Oud bericht' })]);
    await screen.findByText('Oud bericht');
    const live = document.querySelector('.live-region');
    expect(live).toHaveTextContent('');

    act(() => fake.serverEmit('contribution:new', buildContribution({ seq: 2, body: 'Ik ben er weer' })));

    await waitFor(() => expect(live).toHaveTextContent('Nieuw bericht van Sanne: Ik ben er weer'));
  });
});

describe('RoomView link to a contribution', () => {
  let fake: FakeSocket;
  beforeEach(() => {
    fake = createFakeSocket();
  });

  it('should load older history up to a linked message and move focus to it', async () => {
    const scrolled = jest.fn();
    // jsdom does no layout; the scroll itself is the browser's.
    Element.prototype.scrollIntoView = scrolled as unknown as Element['scrollIntoView'];
    answerQuietly(fake);
    const page = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => buildContribution({ seq: to - i }));
    const { calls } = mockFetch([
      { path: `/api/rooms/${ROOM_ID}`, body: buildRoomDetail({ lastSeq: 120, lastReadSeq: 120 }) },
      {
        path: `/api/rooms/${ROOM_ID}/contributions?limit=50`,
        body: { items: page(71, 120), nextBefore: 71 },
      },
      { path: '/api/contributions/110', body: buildContribution({ seq: 10 }) },
      {
        path: `/api/rooms/${ROOM_ID}/contributions?limit=100&before=71`,
        body: { items: page(1, 70), nextBefore: null },
      },
      { path: '/api/mutes', body: [] },
    ]);
    renderWithProviders(
      <SocketContext value={fake.socket}>
        <RoomView roomId={ROOM_ID} me={me} onRemoved={jest.fn()} storyHref={(id) => `/verhaal/${id}`} />
      </SocketContext>,
      { session: buildSession(me), route: `/ruimtes/${ROOM_ID}#bericht-110` },
    );
    await waitFor(() => expect(document.getElementById('bericht-110')).toHaveFocus(), { timeout: 4000 });
    expect(screen.getByText('Bericht 10')).toBeInTheDocument();
    expect(scrolled).toHaveBeenCalledWith({ block: 'center' });
    expect(calls.filter((c) => c.path.includes('before=')).map((c) => c.path)).toEqual([
      `/api/rooms/${ROOM_ID}/contributions?limit=100&before=71`,
    ]);
  });

  it('should land on a linked message of the loaded page that is not drawn yet, without asking the server', async () => {
    Element.prototype.scrollIntoView = jest.fn() as unknown as Element['scrollIntoView'];
    answerQuietly(fake);
    const items = Array.from({ length: 40 }, (_, i) => buildContribution({ seq: 40 - i }));
    const { calls } = mockFetch([
      { path: `/api/rooms/${ROOM_ID}`, body: buildRoomDetail({ lastSeq: 40, lastReadSeq: 40 }) },
      { path: `/api/rooms/${ROOM_ID}/contributions?limit=50`, body: { items, nextBefore: null } },
      { path: '/api/mutes', body: [] },
    ]);
    renderWithProviders(
      <SocketContext value={fake.socket}>
        <RoomView roomId={ROOM_ID} me={me} onRemoved={jest.fn()} storyHref={(id) => `/verhaal/${id}`} />
      </SocketContext>,
      { session: buildSession(me), route: `/ruimtes/${ROOM_ID}#bericht-105` },
    );
    await waitFor(() => expect(document.getElementById('bericht-105')).toHaveFocus(), { timeout: 4000 });
    // From the linked message (seq 5) to the newest, nothing older.
    expect(screen.getByText('Bericht 40')).toBeInTheDocument();
    expect(screen.queryByText('Bericht 4')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.path.startsWith('/api/contributions/'))).toEqual([]);
  });
});

describe('RoomView long history', () => {
  it('should draw the newest contributions first and the older ones of the page when asked, without the server', async () => {
    const fake = createFakeSocket();
    const items = Array.from({ length: 40 }, (_, i) => buildContribution({ seq: i + 1 }));
    const { user } = renderRoom(fake, items);
    expect(await screen.findByText('Bericht 40')).toBeInTheDocument();
    expect(screen.getByText(`Bericht ${40 - FIRST_SHOWN + 1}`)).toBeInTheDocument();
    expect(screen.queryByText(`Bericht ${40 - FIRST_SHOWN}`)).not.toBeInTheDocument();
    // The start of the room is loaded but not drawn: the way up is "Eerdere berichten", not the start line.
    expect(screen.queryByText(/begin van/i)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Eerdere berichten' }));
    expect(await screen.findByText('Bericht 1')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(40);
    expect(screen.queryByRole('button', { name: 'Eerdere berichten' })).not.toBeInTheDocument();
  });
});
