import { queryOptions, type QueryClient, useQuery } from '@tanstack/react-query';
import type { ContributionView, ReactionSummary } from '@spiegel/domain';
import {
  applyReactionCounts,
  type MergeOptions,
  mergeContributions,
  replaceContribution,
  type Timeline,
  timelineFromPage,
} from '../lib/timeline';
import { getContributions } from './get-contributions';
import { roomKeys } from './query-keys';

/**
 * A room's timeline: loaded once from history, then kept current by socket events and catch-up,
 * never refetched wholesale (that would drop older pages someone scrolled back to).
 */
export const timelineQueryOptions = (roomId: string) =>
  queryOptions({
    queryKey: roomKeys.timeline(roomId),
    queryFn: async ({ signal }): Promise<Timeline> =>
      timelineFromPage(await getContributions(roomId, { signal })),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export function useTimeline(roomId: string) {
  return useQuery(timelineQueryOptions(roomId));
}

export function mergeIntoTimeline(
  client: QueryClient,
  roomId: string,
  items: readonly ContributionView[],
  options?: MergeOptions,
): void {
  client.setQueryData<Timeline>(roomKeys.timeline(roomId), (t) =>
    t ? mergeContributions(t, items, options) : t,
  );
}

export function replaceInTimeline(client: QueryClient, next: ContributionView): void {
  client.setQueryData<Timeline>(roomKeys.timeline(next.roomId), (t) =>
    t ? replaceContribution(t, next) : t,
  );
}

export function setReactionsInTimeline(
  client: QueryClient,
  roomId: string,
  contributionId: string,
  counts: readonly Omit<ReactionSummary, 'mine'>[],
  mine?: readonly ReactionSummary[],
): void {
  client.setQueryData<Timeline>(roomKeys.timeline(roomId), (t) =>
    t ? applyReactionCounts(t, contributionId, counts, mine) : t,
  );
}

export function getCachedTimeline(client: QueryClient, roomId: string): Timeline | undefined {
  return client.getQueryData<Timeline>(roomKeys.timeline(roomId));
}

/** Every room whose timeline this browser holds, with the cursor to catch up from. */
export function loadedTimelines(client: QueryClient): { roomId: string; afterSeq: number }[] {
  return client
    .getQueryCache()
    .findAll({ queryKey: roomKeys.timelineRoot })
    .flatMap((query) => {
      const data = query.state.data as Timeline | undefined;
      const roomId = query.queryKey[1];
      return data && typeof roomId === 'string' ? [{ roomId, afterSeq: data.highSeq }] : [];
    });
}
