import type { ServerToClientEvents } from '@spiegel/domain';
import type { TestClient } from './test-app.js';

export type TestSocket = ReturnType<TestClient['socket']>;

const open: TestSocket[] = [];

/** A socket that has completed the handshake (session:ready received). */
export async function connected(client: TestClient, ms = 5000): Promise<TestSocket> {
  const s = client.socket();
  open.push(s);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socket did not become ready')), ms);
    s.once('session:ready', () => {
      clearTimeout(timer);
      resolve();
    });
    s.once('connect_error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
  return s;
}

export function closeAllSockets(): void {
  for (const s of open.splice(0)) s.disconnect();
}

/** Records every event of one kind a socket receives. */
export function record<E extends keyof ServerToClientEvents>(
  s: TestSocket,
  event: E,
): Parameters<ServerToClientEvents[E]>[0][] {
  const seen: Parameters<ServerToClientEvents[E]>[0][] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- socket.io's listener typing needs the concrete event
  (s as any).on(event, (payload: Parameters<ServerToClientEvents[E]>[0]) => seen.push(payload));
  return seen;
}

export async function waitFor(check: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
