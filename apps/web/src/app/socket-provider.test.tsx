import { describe, expect, it, jest } from '@jest/globals';
import { act, screen } from '@testing-library/react';
import { sessionQueryKey } from '../features/auth/api/get-session';
import { clearLogoutReason, peekLogoutReason } from '../features/auth/hooks/logout-reason';
import { markFirstContent, resetFirstContent } from '../lib/first-content';
import type { SpiegelSocket } from '../lib/socket';
import { useSocket } from '../lib/socket';
import { buildMe, buildSession } from '../testing/builders';
import { renderWithProviders } from '../testing/render';
import { SocketProvider } from './socket-provider';

type Listener = (...args: unknown[]) => void;

/** Just enough of a socket.io client to see what the provider does with it. */
function fakeSocket() {
  const listeners = new Map<string, Set<Listener>>();
  const state = { connected: false, connects: 0, disconnects: 0 };
  const socket = {
    on(event: string, listener: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)?.add(listener);
      return socket;
    },
    off(event: string, listener: Listener) {
      listeners.get(event)?.delete(listener);
      return socket;
    },
    active: false,
    connect() {
      state.connected = true;
      state.connects += 1;
      return socket;
    },
    disconnect() {
      state.connected = false;
      state.disconnects += 1;
      return socket;
    },
  };
  const emit = (event: string, ...args: unknown[]) => listeners.get(event)?.forEach((l) => l(...args));
  return { socket: socket as unknown as SpiegelSocket, state, emit };
}

function Probe() {
  return <p>{useSocket() ? 'verbonden' : 'geen verbinding'}</p>;
}

describe('SocketProvider', () => {
  it('should not connect while nobody is logged in', () => {
    const fake = fakeSocket();
    renderWithProviders(
      <SocketProvider connect={() => fake.socket}>
        <Probe />
      </SocketProvider>,
    );
    expect(screen.getByText('geen verbinding')).toBeInTheDocument();
    expect(fake.state.connects).toBe(0);
  });

  it("should wait for the page's first content before it loads the client and connects", async () => {
    resetFirstContent(false);
    let made = 0;
    const fake = fakeSocket();
    renderWithProviders(
      <SocketProvider
        connect={() => {
          made += 1;
          return fake.socket;
        }}
      >
        <Probe />
      </SocketProvider>,
      { session: buildSession(buildMe()) },
    );
    expect(screen.getByText('geen verbinding')).toBeInTheDocument();
    expect([made, fake.state.connects]).toEqual([0, 0]);
    act(() => markFirstContent());
    await screen.findByText('verbonden');
    expect([made, fake.state.connects]).toEqual([1, 1]);
  });

  it('should connect after log-in and end the session calmly when the server revokes it', async () => {
    clearLogoutReason();
    const fake = fakeSocket();
    const { client } = renderWithProviders(
      <SocketProvider connect={() => fake.socket}>
        <Probe />
      </SocketProvider>,
      { session: buildSession(buildMe()) },
    );
    expect(screen.getByText('verbonden')).toBeInTheDocument();
    expect(fake.state.connected).toBe(true);

    act(() => fake.emit('session:revoked'));

    expect(fake.state.connected).toBe(false);
    expect(client.getQueryData(sessionQueryKey)).toMatchObject({ me: null });
    expect(peekLogoutReason()).toBe('sessionEnded');
    expect(await screen.findByText('geen verbinding')).toBeInTheDocument();
  });

  it('should end the session when the handshake is refused as UNAUTHENTICATED', () => {
    const fake = fakeSocket();
    const { client } = renderWithProviders(
      <SocketProvider connect={() => fake.socket}>
        <Probe />
      </SocketProvider>,
      { session: buildSession(buildMe()) },
    );

    act(() => fake.emit('connect_error', new Error('UNAUTHENTICATED')));

    expect(client.getQueryData(sessionQueryKey)).toMatchObject({ me: null });
  });

  it('should try again, without logging out, when the server cannot check the session yet', () => {
    jest.useFakeTimers();
    try {
      const fake = fakeSocket();
      const { client } = renderWithProviders(
        <SocketProvider connect={() => fake.socket}>
          <Probe />
        </SocketProvider>,
        { session: buildSession(buildMe()) },
      );
      expect(fake.state.connects).toBe(1);

      act(() => fake.emit('connect_error', new Error('UNAVAILABLE')));
      act(() => jest.advanceTimersByTime(3_100));

      expect(fake.state.connects).toBe(2);
      expect(client.getQueryData(sessionQueryKey)).not.toMatchObject({ me: null });
    } finally {
      jest.useRealTimers();
    }
  });

  it('should read the session again and reconnect when the server closes the socket (a role changed)', () => {
    jest.useFakeTimers();
    try {
      const fake = fakeSocket();
      const { client } = renderWithProviders(
        <SocketProvider connect={() => fake.socket}>
          <Probe />
        </SocketProvider>,
        { session: buildSession(buildMe()) },
      );
      expect(client.getQueryState(sessionQueryKey)?.isInvalidated).toBe(false);

      act(() => fake.emit('disconnect', 'io server disconnect'));
      expect(client.getQueryState(sessionQueryKey)?.isInvalidated).toBe(true);
      act(() => jest.advanceTimersByTime(3_100));

      expect(fake.state.connects).toBe(2);
    } finally {
      jest.useRealTimers();
    }
  });
});
