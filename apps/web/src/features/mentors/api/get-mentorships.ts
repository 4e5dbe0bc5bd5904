import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { MentorshipView } from '@spiegel/domain';
import { mentorKeys } from './query-keys';

/** Both sides: as mentor (with the request message) and as mentee. Newest first. */
export function getMentorships(signal?: AbortSignal): Promise<MentorshipView[]> {
  return apiFetch<MentorshipView[]>('/mentorships', { signal });
}

export const mentorshipsQueryOptions = () =>
  queryOptions({ queryKey: mentorKeys.mentorships, queryFn: ({ signal }) => getMentorships(signal) });

export function useMentorships() {
  return useQuery(mentorshipsQueryOptions());
}
