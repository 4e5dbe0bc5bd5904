import type { QueryClient } from '@tanstack/react-query';
import { mutesQueryOptions } from './get-mutes';
import { roomQueryOptions } from './get-room';
import { timelineQueryOptions } from './get-timeline';

/**
 * What the room view asks for first (the room, its latest page, whom this person muted), asked for as
 * soon as the route is known, while the room's code is still on its way. The view finds it cached.
 */
export function prefetchRoom(client: QueryClient, roomId: string): void {
  void client.prefetchQuery(roomQueryOptions(roomId));
  void client.prefetchQuery(timelineQueryOptions(roomId));
  void client.prefetchQuery(mutesQueryOptions());
}
