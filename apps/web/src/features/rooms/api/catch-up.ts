import type { QueryClient } from '@tanstack/react-query';
import type { SpiegelSocket } from '../../../lib/socket';
import { socketRequest } from '../../../lib/socket-request';
import { loadedTimelines, mergeIntoTimeline } from './get-timeline';

const CATCH_UP_LIMIT = 100;
/** A safety net, far above anything a room produces while someone reconnects. */
const MAX_ROUNDS = 100;

let queue: Promise<void> = Promise.resolve();

/**
 * Asks for everything after the last contiguous seq of each loaded room (or of the given rooms),
 * and keeps asking while the server says there is more. Runs one at a time: a second call waits
 * for the first and then starts from the cursors the first one moved.
 */
export function catchUp(
  socket: SpiegelSocket | null,
  client: QueryClient,
  onlyRooms?: readonly string[],
): Promise<void> {
  queue = queue.catch(() => undefined).then(() => runCatchUp(socket, client, onlyRooms));
  return queue;
}

async function runCatchUp(socket: SpiegelSocket | null, client: QueryClient, onlyRooms?: readonly string[]) {
  let rooms = loadedTimelines(client).filter((r) => !onlyRooms || onlyRooms.includes(r.roomId));
  for (let round = 0; rooms.length > 0 && round < MAX_ROUNDS; round += 1) {
    const result = await socketRequest(socket, 'catchup', { rooms, limit: CATCH_UP_LIMIT }, 15_000);
    for (const room of result.rooms) {
      mergeIntoTimeline(client, room.roomId, room.items, { advanceTo: room.lastSeq });
    }
    rooms = result.rooms.filter((r) => r.hasMore).map((r) => ({ roomId: r.roomId, afterSeq: r.lastSeq }));
  }
}
