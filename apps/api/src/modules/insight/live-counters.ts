import type { PhaseId } from '@spiegel/domain';
import type { RoomActivityFact } from '../../common/room-activity.js';
import type { EdgeRow } from './dashboard.repository.js';
import type { LivePictureRows } from './live-picture.repository.js';

/** Facts dated this far past the panel's clock are not guessed at: the picture is recomputed instead. */
const FUTURE_SLACK_MS = 5_000;

type Edge = { from_id: string | null; to_id: string | null; n: number };
const edgeKey = (from: string | null, to: string | null) => `${from ?? ''}|${to ?? ''}`;

function bump<K>(map: Map<K, number>, key: K, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}

function addEdge(map: Map<string, Edge>, from: string | null, to: string | null, by: number): void {
  const key = edgeKey(from, to);
  const e = map.get(key);
  if (e) e.n += by;
  else map.set(key, { from_id: from, to_id: to, n: by });
}

/**
 * A room's live picture as counters, started from the full SQL picture and kept up to date from the
 * room's activity facts (a contribution, a herkenning, a phase set by the author), so a busy session costs
 * no query per message. Facts the SQL picture already counted are recognised by id and skipped, so a fact
 * that arrives just after a recomputation is never counted twice. `apply` answers false for what it cannot
 * apply exactly (a reply to a contribution outside the window, a phase change it cannot place, anything
 * `changed`): the caller then recomputes from the database, which stays the truth.
 */
export class LiveCounters {
  private readonly voice = new Map<string | null, { n: number; chars: number }>();
  private readonly phases = new Map<PhaseId | null, number>();
  private readonly recognitions = new Map<string, Edge>();
  private readonly replies = new Map<string, Edge>();
  /** The window's counted contributions: author and phase (for replies and phase changes). */
  private readonly contributions = new Map<string, { author: string | null; phase: PhaseId | null }>();
  private readonly recognitionKeys: Set<string>;

  constructor(private readonly base: LivePictureRows) {
    for (const v of base.voice) this.voice.set(v.member, { n: v.n, chars: v.chars });
    for (const p of base.phases) this.phases.set(p.phase, p.n);
    for (const e of base.recognitions) addEdge(this.recognitions, e.from_id, e.to_id, e.n);
    for (const e of base.replies) addEdge(this.replies, e.from_id, e.to_id, e.n);
    for (const [id, author, phase] of base.contributions) this.contributions.set(id, { author, phase });
    this.recognitionKeys = new Set(base.recognition_keys);
  }

  get from(): Date {
    return this.base.from_at;
  }

  /** When the window moves by itself: the next session opens it, or the current one's hours run out. */
  movesAt(hours: number, earlyMinutes: number): Date | null {
    const times: number[] = [];
    if (this.base.next_session_start)
      times.push(this.base.next_session_start.getTime() - earlyMinutes * 60_000);
    if (this.base.session_start) times.push(this.base.session_start.getTime() + hours * 3_600_000);
    return times.length ? new Date(Math.min(...times)) : null;
  }

  /** Applies one fact; false when it cannot be applied exactly (then recompute). */
  apply(fact: RoomActivityFact, now: Date): boolean {
    switch (fact.type) {
      case 'contribution':
        return this.contribution(fact, now);
      case 'recognition': {
        const key = `${fact.contributionId}:${fact.fromId}`;
        if (this.recognitionKeys.has(key)) return true; // the SQL picture counted it
        if (!this.inWindow(fact.at, now)) return this.beforeWindow(fact.at);
        this.recognitionKeys.add(key);
        addEdge(this.recognitions, fact.fromId, fact.toId, 1);
        return true;
      }
      case 'phase': {
        const c = this.contributions.get(fact.id);
        if (!c) return false;
        if (c.phase === fact.to) return true; // the SQL picture has it already
        if (c.phase !== fact.from) return false;
        bump(this.phases, fact.from, -1);
        bump(this.phases, fact.to, 1);
        c.phase = fact.to;
        return true;
      }
      case 'changed':
        return false;
    }
  }

  private contribution(fact: Extract<RoomActivityFact, { type: 'contribution' }>, now: Date): boolean {
    if (this.contributions.has(fact.id)) return true; // the SQL picture counted it
    // Older than the window: the SQL does not count it either. Newer than the clock: let the SQL decide.
    if (!this.inWindow(fact.at, now)) return this.beforeWindow(fact.at);
    let parent: { author: string | null } | undefined;
    if (fact.replyToId) {
      parent = this.contributions.get(fact.replyToId);
      if (!parent) return false; // a reply to something outside the window: its author is not known here
    }
    this.contributions.set(fact.id, { author: fact.authorId, phase: fact.phase });
    const v = this.voice.get(fact.authorId) ?? { n: 0, chars: 0 };
    this.voice.set(fact.authorId, { n: v.n + 1, chars: v.chars + fact.chars });
    bump(this.phases, fact.phase, 1);
    if (parent) addEdge(this.replies, fact.authorId, parent.author, 1);
    return true;
  }

  private inWindow(at: string, now: Date): boolean {
    const t = Date.parse(at);
    return t >= this.from.getTime() && t <= now.getTime() + FUTURE_SLACK_MS;
  }

  private beforeWindow(at: string): boolean {
    return Date.parse(at) < this.from.getTime();
  }

  /**
   * The counters in the shape of the SQL picture, for the one function that builds the panel's view
   * (which reads the counts; the keys it is not given stay those of the last recomputation).
   */
  rows(): LivePictureRows {
    const edges = (m: Map<string, Edge>) =>
      [...m.values()]
        .map((e) => ({ ...e }) as EdgeRow)
        .sort((a, b) => cmp(a.from_id, b.from_id) || cmp(a.to_id, b.to_id));
    return {
      ...this.base,
      voice: [...this.voice].map(([member, v]) => ({ member: member as string, n: v.n, chars: v.chars })),
      phases: [...this.phases].map(([phase, n]) => ({ phase, n })),
      recognitions: edges(this.recognitions),
      replies: edges(this.replies),
    };
  }
}

/** PostgreSQL's order for uuids (bytewise, as their lowercase hex compares), nulls last. */
function cmp(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
