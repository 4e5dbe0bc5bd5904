import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { MyEnrolment } from '@spiegel/domain';
import { trajectKeys } from './query-keys';

export function getMyEnrolments(signal?: AbortSignal): Promise<MyEnrolment[]> {
  return apiFetch<MyEnrolment[]>('/enrolments/mine', { signal });
}

export const myEnrolmentsQueryOptions = () =>
  queryOptions({ queryKey: trajectKeys.mine, queryFn: ({ signal }) => getMyEnrolments(signal) });

export function useMyEnrolments(enabled = true) {
  return useQuery({ ...myEnrolmentsQueryOptions(), enabled });
}
