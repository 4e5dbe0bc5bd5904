import type { ContributionView, HistoryPage, ReactionSummary } from '@spiegel/domain';

/**
 * The contributions of one room as this browser knows them: unique by id, ordered by `seq`.
 * `highSeq` is the catch-up cursor: everything from the oldest loaded contribution up to it is here,
 * so after a reconnect the client asks for what came after it, and nothing is lost or shown twice.
 */
export interface Timeline {
  items: ContributionView[];
  highSeq: number;
  /** Where the next older page starts; null when the start of the room is loaded. */
  nextBefore: number | null;
}

export const emptyTimeline: Timeline = { items: [], highSeq: 0, nextBefore: null };

/** A history page is gap-free (every seq has a row, deleted ones as tombstones). */
export function timelineFromPage(page: HistoryPage): Timeline {
  const items = [...page.items].sort((a, b) => a.seq - b.seq);
  return { items, highSeq: items.at(-1)?.seq ?? 0, nextBefore: page.nextBefore };
}

export interface MergeOptions {
  /**
   * Live events carry counts without `mine` (they go to the whole room): keep whether this person
   * reacted from what we knew. Catch-up and history answers are made for this person: take them as they are.
   */
  keepMine?: boolean;
  /** The server says everything up to here has been sent (a catch-up's `lastSeq`). */
  advanceTo?: number;
}

function withMine(incoming: ReactionSummary[], known: ReactionSummary[]): ReactionSummary[] {
  return incoming.map((r) => ({ ...r, mine: known.find((k) => k.kind === r.kind)?.mine ?? false }));
}

/** Merges contributions in by id (the newer version wins), keeps seq order and moves the cursor on. */
export function mergeContributions(
  timeline: Timeline,
  incoming: readonly ContributionView[],
  options: MergeOptions = {},
): Timeline {
  if (incoming.length === 0 && options.advanceTo === undefined) return timeline;
  const byId = new Map(timeline.items.map((c) => [c.id, c]));
  const replyDelta = new Map<string, number>();
  for (const next of incoming) {
    const known = byId.get(next.id);
    const merged =
      known && options.keepMine ? { ...next, reactions: withMine(next.reactions, known.reactions) } : next;
    byId.set(next.id, merged);
    if (next.replyToId) {
      // A story's reply count comes from the server when the story was loaded; count what came after.
      const isNew = !known && next.seq > timeline.highSeq && !next.deleted;
      const wasRemoved = known && !known.deleted && next.deleted;
      const delta = isNew ? 1 : wasRemoved ? -1 : 0;
      if (delta) replyDelta.set(next.replyToId, (replyDelta.get(next.replyToId) ?? 0) + delta);
    }
  }
  for (const [storyId, delta] of replyDelta) {
    const story = byId.get(storyId);
    if (story) byId.set(storyId, { ...story, replyCount: Math.max(0, story.replyCount + delta) });
  }
  const items = [...byId.values()].sort((a, b) => a.seq - b.seq);
  const seqs = new Set(items.map((c) => c.seq));
  let highSeq = Math.max(timeline.highSeq, options.advanceTo ?? 0);
  while (seqs.has(highSeq + 1)) highSeq += 1;
  return { ...timeline, items, highSeq };
}

/** An older history page goes in front; the cursor stays where it is. */
export function mergeOlderPage(timeline: Timeline, page: HistoryPage): Timeline {
  return { ...mergeContributions(timeline, page.items), nextBefore: page.nextBefore };
}

/** Counts from a live `reaction:changed`; `mine` only changes when this person reacted. */
export function applyReactionCounts(
  timeline: Timeline,
  contributionId: string,
  counts: readonly Omit<ReactionSummary, 'mine'>[],
  mine?: readonly ReactionSummary[],
): Timeline {
  let changed = false;
  const items = timeline.items.map((c) => {
    if (c.id !== contributionId) return c;
    changed = true;
    const reactions = mine
      ? [...mine]
      : counts.map((r) => ({ ...r, mine: c.reactions.find((k) => k.kind === r.kind)?.mine ?? false }));
    return { ...c, reactions };
  });
  return changed ? { ...timeline, items } : timeline;
}

/** What the main list shows: messages and stories, not the replies inside a story's thread. */
export function topLevel(items: readonly ContributionView[]): ContributionView[] {
  return items.filter((c) => c.replyToId === null);
}

export function repliesTo(items: readonly ContributionView[], storyId: string): ContributionView[] {
  return items.filter((c) => c.replyToId === storyId);
}

/** Replaces one contribution where it is known (an edit, a phase, a hide); unknown ones are left out. */
export function replaceContribution(timeline: Timeline, next: ContributionView): Timeline {
  if (!timeline.items.some((c) => c.id === next.id)) return timeline;
  return { ...timeline, items: timeline.items.map((c) => (c.id === next.id ? next : c)) };
}
