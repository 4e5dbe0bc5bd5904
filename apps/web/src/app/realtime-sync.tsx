import { useRoomsRealtime } from '../features/rooms/hooks/use-rooms-realtime';
import { useCasesRealtime } from '../features/safety/hooks/use-cases-realtime';
import { useTrajectRealtime } from './traject-realtime';

/** Keeps loaded rooms current for the whole visit, whichever page is open. */
export function RealtimeSync({ membershipId }: { membershipId: string }) {
  useRoomsRealtime(membershipId);
  useTrajectRealtime();
  useCasesRealtime();
  return null;
}
