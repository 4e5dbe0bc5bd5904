import type {
  ContributionView,
  CrisisSeverity,
  PhaseId,
  ReactionKind,
  ReactionSummary,
} from '@spiegel/domain';
import { REACTION_KINDS } from '@spiegel/domain';

export interface ContributionRow {
  id: string;
  room_id: string;
  seq: string;
  client_id: string;
  kind: 'message' | 'story';
  author_membership_id: string;
  author_name: string;
  author_color: string;
  title: string | null;
  body: string | null;
  reply_to_id: string | null;
  reply_count: number;
  phase: PhaseId | null;
  phase_suggested: PhaseId | null;
  phase_confidence: number;
  phase_cues: string[];
  phase_set_by: 'classifier' | 'author';
  crisis: CrisisSeverity;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  hidden_by: 'facilitator' | 'reports' | null;
}

export interface Viewer {
  membershipId: string;
  /** Host of the room the rows are from: sees phase tags, crisis flags and hidden content. */
  isHost: boolean;
}

/** Per contribution id, per kind: how many, and whether the viewer is one of them. */
export type ReactionCounts = Map<string, Map<ReactionKind, { count: number; mine: boolean }>>;

/** A row of a page read with its own reactions (`[kind, count, mine]` per kind, null when none). */
export type PagedRow = ContributionRow & { reactions: [ReactionKind, number, boolean][] | null };

/** The reaction counts a page read carries in its rows, as `reactionCounts` gives them. */
export function countsOfRows(rows: PagedRow[]): ReactionCounts {
  const out: ReactionCounts = new Map();
  for (const r of rows) {
    if (!r.reactions) continue;
    out.set(String(r.id), new Map(r.reactions.map(([kind, count, mine]) => [kind, { count, mine }])));
  }
  return out;
}

export function reactionSummaries(counts: ReactionCounts, id: string): ReactionSummary[] {
  const map = counts.get(id);
  if (!map) return [];
  return REACTION_KINDS.filter((k) => map.has(k)).map((k) => ({
    kind: k,
    count: map.get(k)!.count,
    mine: map.get(k)!.mine,
  }));
}

/**
 * One row as one viewer may see it. Phase tags and crisis flags only for the author and the room's
 * hosts; hidden content only for them too; deleted content for nobody.
 */
export function toContributionView(
  row: ContributionRow,
  viewer: Viewer | null,
  counts: ReactionCounts,
): ContributionView {
  const id = String(row.id);
  const isAuthor = viewer?.membershipId === row.author_membership_id;
  const privileged = viewer !== null && (isAuthor || viewer.isHost);
  const deleted = row.deleted_at !== null;
  const hidden = !deleted && row.hidden_at !== null;
  const showContent = !deleted && (!hidden || privileged);
  const view: ContributionView = {
    id,
    roomId: row.room_id,
    seq: Number(row.seq),
    clientId: row.client_id,
    kind: row.kind,
    author: {
      membershipId: row.author_membership_id,
      displayName: row.author_name,
      avatarColor: row.author_color,
    },
    title: showContent ? row.title : null,
    body: showContent ? row.body : null,
    replyToId: row.reply_to_id === null ? null : String(row.reply_to_id),
    replyCount: row.reply_count,
    createdAt: new Date(row.created_at).toISOString(),
    editedAt: row.edited_at ? new Date(row.edited_at).toISOString() : null,
    deleted,
    hidden: hidden ? { reason: row.hidden_reason ?? '', by: row.hidden_by ?? 'facilitator' } : null,
    reactions: reactionSummaries(counts, id),
  };
  if (privileged && !deleted) {
    view.phaseTag = {
      phase: row.phase,
      suggested: row.phase_suggested,
      confidence: row.phase_confidence,
      cues: row.phase_cues,
      setBy: row.phase_set_by,
    };
    view.crisis = row.crisis;
  }
  // Everyone else learns only that care is needed (no severity, no cues), so peers are offered
  // "Laat weten dat je er bent" rather than "Ik herken dit".
  if (!deleted && row.crisis !== 'none') view.careNeeded = true;
  return view;
}
