import type { QueryClient } from '@tanstack/react-query';
import { getContribution } from '../api/get-contribution';
import { getContributions } from '../api/get-contributions';
import { roomKeys } from '../api/query-keys';
import { mergeOlderPage, type Timeline } from './timeline';

/** At most this many older pages of 100 are loaded to reach a linked contribution (10,000 messages back). */
const MAX_PAGES = 100;

/**
 * Brings a linked contribution (`bericht-<id>`) into a room's loaded timeline: a reply sends the reader
 * to its story (where replies are shown); an older message loads the history between it and what is
 * loaded, page by page, so the timeline stays without gaps.
 */
export async function locateContribution(
  client: QueryClient,
  roomId: string,
  elementId: string,
  toStory: (storyId: string, elementId: string) => void,
): Promise<void> {
  const match = /^bericht-(\d{1,18})$/.exec(elementId);
  if (!match) return;
  const target = await getContribution(match[1]!);
  if (target.roomId !== roomId) return;
  if (target.replyToId) {
    toStory(target.replyToId, elementId);
    return;
  }
  for (let page = 0; page < MAX_PAGES; page++) {
    const timeline = client.getQueryData<Timeline>(roomKeys.timeline(roomId));
    if (!timeline || timeline.nextBefore === null) return;
    if ((timeline.items[0]?.seq ?? Number.POSITIVE_INFINITY) <= target.seq) return;
    const older = await getContributions(roomId, { before: timeline.nextBefore, limit: 100 });
    client.setQueryData<Timeline>(roomKeys.timeline(roomId), (t) => (t ? mergeOlderPage(t, older) : t));
  }
}
