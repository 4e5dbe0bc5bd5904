/**
 * The typed socket.io event map shared by the API gateway and the web client.
 * Every client→server event takes an acknowledgement callback that receives an `Ack`.
 */

export const REALTIME_ERROR_CODES = [
  'UNAUTHENTICATED',
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'RATE_LIMITED',
  'CONFLICT',
  'INTERNAL_ERROR',
] as const;
export type RealtimeErrorCode = (typeof REALTIME_ERROR_CODES)[number];

export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: RealtimeErrorCode; message: string } };
export type AckCallback<T> = (response: Ack<T>) => void;

export interface ReadyPayload {
  membershipId: string;
  organisationId: string;
}

export interface ServerToClientEvents {
  /** Sent once after the handshake succeeded. */
  'session:ready': (payload: ReadyPayload) => void;
  /** The session ended (logout elsewhere, password change, removal): the client should go to log-in. */
  'session:revoked': () => void;
}

export interface ClientToServerEvents {
  /** Round-trip check, also used by tests. */
  ping: (payload: Record<string, never>, ack: AckCallback<{ at: string }>) => void;
}
