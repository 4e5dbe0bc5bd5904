import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ContributionView } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';
import { roomKeys } from './query-keys';

/** The thread of a story, oldest first. */
export function getReplies(storyId: string, signal?: AbortSignal): Promise<ContributionView[]> {
  return apiFetch<ContributionView[]>(`/contributions/${encodeURIComponent(storyId)}/replies`, { signal });
}

export const repliesQueryOptions = (storyId: string) =>
  queryOptions({ queryKey: roomKeys.replies(storyId), queryFn: ({ signal }) => getReplies(storyId, signal) });

export function useReplies(storyId: string) {
  return useQuery(repliesQueryOptions(storyId));
}
