import { useQuery } from '@tanstack/react-query';
import type { FieldSignalFigures } from '@spiegel/domain';
import { API_BASE } from '../../../config/constants';
import { apiFetch } from '../../../lib/api-client';
import { safetyKeys } from './query-keys';

export function useSignalFigures() {
  return useQuery({
    queryKey: safetyKeys.figures,
    queryFn: ({ signal }) => apiFetch<FieldSignalFigures>('/admin/signal-figures', { signal }),
  });
}

/** Downloads go straight to the API (same origin, the session cookie rides along). */
export const signalMarksExportHref = (format: 'csv' | 'json') =>
  `${API_BASE}/admin/signal-marks?format=${format}`;
