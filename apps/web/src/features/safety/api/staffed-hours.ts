import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StaffedHoursView } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';
import { safetyKeys } from './query-keys';

export function useStaffedHours() {
  return useQuery({
    queryKey: safetyKeys.staffedHours,
    queryFn: ({ signal }) => apiFetch<StaffedHoursView>('/admin/staffed-hours', { signal }),
  });
}

export function useSaveStaffedHours() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (hours: StaffedHoursView) =>
      apiFetch<StaffedHoursView>('/admin/staffed-hours', { method: 'PUT', body: hours }),
    onSuccess: (saved) => client.setQueryData(safetyKeys.staffedHours, saved),
  });
}
