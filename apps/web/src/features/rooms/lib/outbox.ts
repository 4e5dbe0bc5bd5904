import type { ContributionKind, CrisisSeverity } from '@spiegel/domain';
import { createSessionStore } from '../../../lib/session-store';

/**
 * Contributions on their way. Each keeps the client id it was made with, so however often it is
 * retried (by hand, or once automatically after a reconnect), the server stores it once.
 * Kept in sessionStorage: a reload in a bad moment does not lose what someone wrote.
 */
export interface OutboxEntry {
  clientId: string;
  roomId: string;
  kind: ContributionKind;
  body: string;
  title?: string;
  replyToId?: string;
  status: 'sending' | 'failed';
  error?: { code: string; message: string };
  /** Increases with every attempt; only the latest attempt may change the status. */
  attempt: number;
  createdAt: string;
}

function isEntry(value: unknown): value is OutboxEntry {
  const e = value as Partial<OutboxEntry> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.clientId === 'string' &&
    typeof e.roomId === 'string' &&
    (e.kind === 'message' || e.kind === 'story') &&
    typeof e.body === 'string'
  );
}

function isEntries(value: unknown): value is OutboxEntry[] {
  return Array.isArray(value) && value.every(isEntry);
}

export const outboxStore = createSessionStore<OutboxEntry[]>('spiegel.outbox', [], isEntries);

/** After a reload nothing is in flight any more: what was sending has not been confirmed. */
export function settleAfterReload(): void {
  outboxStore.set((entries) =>
    entries.map((e) =>
      e.status === 'sending' ? { ...e, status: 'failed', error: { code: 'OFFLINE', message: '' } } : e,
    ),
  );
}

export function addToOutbox(
  entry: Omit<OutboxEntry, 'status' | 'attempt' | 'createdAt'>,
  now = new Date(),
): void {
  outboxStore.set((entries) => [
    ...entries.filter((e) => e.clientId !== entry.clientId),
    { ...entry, status: 'sending', attempt: 0, createdAt: now.toISOString() },
  ]);
}

export function removeFromOutbox(clientId: string): void {
  if (!outboxStore.get().some((e) => e.clientId === clientId)) return;
  outboxStore.set((entries) => entries.filter((e) => e.clientId !== clientId));
}

/** Starts a new attempt and returns its number. */
export function startAttempt(clientId: string): number {
  let attempt = 0;
  outboxStore.set((entries) =>
    entries.map((e) => {
      if (e.clientId !== clientId) return e;
      attempt = e.attempt + 1;
      return { ...e, status: 'sending', error: undefined, attempt };
    }),
  );
  return attempt;
}

export function failAttempt(
  clientId: string,
  attempt: number,
  error: { code: string; message: string },
): void {
  outboxStore.set((entries) =>
    entries.map((e) =>
      e.clientId === clientId && e.attempt === attempt ? { ...e, status: 'failed', error } : e,
    ),
  );
}

/** The connection dropped: whatever was sending will not be answered. */
export function failAllSending(): void {
  if (!outboxStore.get().some((e) => e.status === 'sending')) return;
  outboxStore.set((entries) =>
    entries.map((e) =>
      e.status === 'sending' ? { ...e, status: 'failed', error: { code: 'OFFLINE', message: '' } } : e,
    ),
  );
}

/** Failures that may well go away by trying again (as opposed to "too long" or "not allowed"). */
export const RETRYABLE_CODES = new Set([
  'OFFLINE',
  'TIMEOUT',
  'NETWORK_ERROR',
  'INTERNAL_ERROR',
  'RATE_LIMITED',
]);

export function isRetryable(entry: OutboxEntry): boolean {
  return entry.status === 'sending' || RETRYABLE_CODES.has(entry.error?.code ?? '');
}

/* What was sent in this visit, to say "Verstuurd" beside it. */
const sent = new Set<string>();
export function markSent(clientId: string): void {
  sent.add(clientId);
}
export function wasSentHere(clientId: string): boolean {
  return sent.has(clientId);
}

/* The last crisis acknowledgement: the room shows the 113 panel until it is closed. */
export interface CrisisSignal {
  roomId: string;
  severity: Exclude<CrisisSeverity, 'none'>;
  /** Whether someone of the organisation watches right now (unknown: an older server). */
  watched?: boolean;
}
export const crisisStore = createMemoryStore<CrisisSignal | null>(null);

export function createMemoryStore<T>(initial: T) {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: T) {
      value = next;
      listeners.forEach((l) => l());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
