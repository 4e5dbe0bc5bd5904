import type { RoomMemberView } from '@spiegel/domain';
import { useQueries } from '@tanstack/react-query';
import { trajectQueryOptions } from './get-traject';
import { useTrajecten } from './get-trajecten';

export interface Alumnus {
  member: RoomMemberView;
  trajectName: string;
}

/**
 * Everyone who completed one of the trajecten this facilitator (or admin) sees, once per person, with
 * their latest traject. Read from the traject details, which list enrolments for staff only.
 */
export function useAlumni(): { data: Alumnus[] | undefined; isError: boolean } {
  const trajecten = useTrajecten();
  const done = (trajecten.data ?? []).filter((t) => t.counts.completed > 0);
  const details = useQueries({ queries: done.map((t) => trajectQueryOptions(t.id)) });
  if (trajecten.isError || details.some((d) => d.isError)) return { data: undefined, isError: true };
  if (trajecten.isPending || details.some((d) => d.isPending)) return { data: undefined, isError: false };
  const byMember = new Map<string, Alumnus>();
  for (const d of details)
    for (const e of d.data?.enrolments ?? [])
      if (e.status === 'completed' && !byMember.has(e.member.membershipId))
        byMember.set(e.member.membershipId, { member: e.member, trajectName: d.data?.name ?? '' });
  const data = [...byMember.values()].sort((a, b) =>
    a.member.displayName.localeCompare(b.member.displayName),
  );
  return { data, isError: false };
}
