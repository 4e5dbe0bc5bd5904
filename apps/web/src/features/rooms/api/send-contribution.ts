import type { ContributionKind, SendContributionResult } from '@spiegel/domain';
import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import type { SpiegelSocket } from '../../../lib/socket';
import { socketRequest } from '../../../lib/socket-request';
import {
  addToOutbox,
  crisisStore,
  failAttempt,
  markSent,
  outboxStore,
  removeFromOutbox,
  startAttempt,
} from '../lib/outbox';
import { noteContributionInList } from './get-rooms';
import { mergeIntoTimeline } from './get-timeline';

export interface NewContribution {
  clientId: string;
  roomId: string;
  kind: ContributionKind;
  body: string;
  title?: string;
  replyToId?: string;
}

/** The socket event itself: idempotent per client id; the ack carries the stored contribution. */
export function sendContribution(
  socket: SpiegelSocket | null,
  input: NewContribution,
): Promise<SendContributionResult> {
  return socketRequest(socket, 'contribution:send', input);
}

/**
 * One attempt for an outbox entry. On success the contribution joins the timeline and the entry
 * leaves the outbox; on failure the entry stays, marked "not sent", with the same client id.
 */
export async function deliver(
  socket: SpiegelSocket | null,
  client: QueryClient,
  clientId: string,
): Promise<void> {
  const entry = outboxStore.get().find((e) => e.clientId === clientId);
  if (!entry) return;
  const attempt = startAttempt(clientId);
  const input: NewContribution = {
    clientId: entry.clientId,
    roomId: entry.roomId,
    kind: entry.kind,
    body: entry.body,
    ...(entry.title !== undefined ? { title: entry.title } : {}),
    ...(entry.replyToId !== undefined ? { replyToId: entry.replyToId } : {}),
  };
  try {
    const result = await sendContribution(socket, input);
    markSent(clientId);
    mergeIntoTimeline(client, entry.roomId, [result.contribution]);
    noteContributionInList(client, result.contribution, result.contribution.author.membershipId);
    removeFromOutbox(clientId);
    if (result.crisis !== 'none')
      crisisStore.set({ roomId: entry.roomId, severity: result.crisis, watched: result.watched });
  } catch (error) {
    const e = error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', '');
    failAttempt(clientId, attempt, { code: e.code, message: e.message });
  }
}

/** Puts a new contribution in the outbox and sends it at once. */
export function enqueueContribution(
  socket: SpiegelSocket | null,
  client: QueryClient,
  input: NewContribution,
): Promise<void> {
  addToOutbox(input);
  return deliver(socket, client, input.clientId);
}
