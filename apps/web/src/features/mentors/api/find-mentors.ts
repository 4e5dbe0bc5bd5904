import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { MentorListing } from '@spiegel/domain';
import { mentorKeys } from './query-keys';

export interface MentorSearch {
  /** A language code; empty for the default (Dutch). */
  language: string;
  /** An availability slot; empty for no preference. */
  availability: string;
}

/** "Een mentor vinden": eligible mentors with room, ranked for the seeker, with the reasons. */
export function findMentors(
  { language, availability }: MentorSearch,
  signal?: AbortSignal,
): Promise<MentorListing[]> {
  const params = new URLSearchParams();
  if (language) params.set('language', language);
  if (availability) params.set('availability', availability);
  const query = params.toString() ? `?${params}` : '';
  return apiFetch<MentorListing[]>(`/mentors${query}`, { signal });
}

export const findMentorsQueryOptions = (search: MentorSearch) =>
  queryOptions({
    queryKey: mentorKeys.find(search.language, search.availability),
    queryFn: ({ signal }) => findMentors(search, signal),
  });

export function useFindMentors(search: MentorSearch) {
  return useQuery(findMentorsQueryOptions(search));
}
