import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { CreatedInvitation } from '@spiegel/domain';

export interface TrajectInvitationInput {
  maxUses?: number;
  expiresInDays?: number;
}

/** A registration link that also offers this traject (the new person consents first). Shown once. */
export function createTrajectInvitation(
  trajectId: string,
  input: TrajectInvitationInput,
): Promise<CreatedInvitation> {
  return apiFetch<CreatedInvitation>(`/trajecten/${encodeURIComponent(trajectId)}/invitations`, {
    method: 'POST',
    body: input,
  });
}

export function useCreateTrajectInvitation(trajectId: string) {
  return useMutation({
    mutationFn: (input: TrajectInvitationInput) => createTrajectInvitation(trajectId, input),
  });
}
