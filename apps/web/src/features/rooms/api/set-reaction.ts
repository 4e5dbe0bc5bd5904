import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ContributionView, ReactionKind, ReactionSummary } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';
import { setReactionsInTimeline } from './get-timeline';

export interface SetReactionInput {
  contributionId: string;
  kind: ReactionKind;
  on: boolean;
}

export function setReaction({
  contributionId,
  ...body
}: SetReactionInput): Promise<{ reactions: ReactionSummary[] }> {
  return apiFetch<{ reactions: ReactionSummary[] }>(
    `/contributions/${encodeURIComponent(contributionId)}/reactions`,
    {
      method: 'POST',
      body,
    },
  );
}

function toggled(reactions: readonly ReactionSummary[], kind: ReactionKind, on: boolean): ReactionSummary[] {
  const known = reactions.find((r) => r.kind === kind);
  if (!known) return on ? [...reactions, { kind, count: 1, mine: true }] : [...reactions];
  if (known.mine === on) return [...reactions];
  return reactions
    .map((r) => (r.kind === kind ? { ...r, count: Math.max(0, r.count + (on ? 1 : -1)), mine: on } : r))
    .filter((r) => r.count > 0);
}

/** Shows the change at once and settles on the server's counts (or rolls back on failure). */
export function useSetReaction(contribution: ContributionView) {
  const client = useQueryClient();
  const { roomId, id } = contribution;
  return useMutation({
    mutationFn: setReaction,
    onMutate: ({ kind, on }) => {
      const before = contribution.reactions;
      const next = toggled(before, kind, on);
      setReactionsInTimeline(client, roomId, id, next, next);
      return { before };
    },
    onSuccess: ({ reactions }) => setReactionsInTimeline(client, roomId, id, reactions, reactions),
    onError: (_error, _input, context) => {
      if (context) setReactionsInTimeline(client, roomId, id, context.before, context.before);
    },
  });
}
