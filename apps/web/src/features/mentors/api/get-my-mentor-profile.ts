import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { MyMentorProfile } from '@spiegel/domain';
import { mentorKeys } from './query-keys';

/** The person's own mentor profile (or null), whether they are listed and why not, and their load. */
export function getMyMentorProfile(signal?: AbortSignal): Promise<MyMentorProfile> {
  return apiFetch<MyMentorProfile>('/mentors/me', { signal });
}

export const myMentorProfileQueryOptions = () =>
  queryOptions({ queryKey: mentorKeys.me, queryFn: ({ signal }) => getMyMentorProfile(signal) });

export function useMyMentorProfile() {
  return useQuery(myMentorProfileQueryOptions());
}
