import { Global, Injectable, Module } from '@nestjs/common';
import type { PhaseId } from '@spiegel/domain';
import { Subject } from 'rxjs';

/**
 * What changed in a room, with the facts the live session panel needs to update its counters without
 * asking the database. `changed` is for everything else: the panel then recomputes the room's picture.
 * Plain JSON (dates as ISO strings): it also travels to the other API instances.
 */
export type RoomActivityFact =
  | {
      type: 'contribution';
      id: string;
      authorId: string | null;
      /** Characters of title and body, as PostgreSQL's char_length counts them (code points). */
      chars: number;
      phase: PhaseId | null;
      replyToId: string | null;
      at: string;
    }
  | { type: 'recognition'; contributionId: string; fromId: string; toId: string; at: string }
  | { type: 'phase'; id: string; from: PhaseId | null; to: PhaseId | null }
  | { type: 'changed' };

export interface RoomActivityEvent {
  roomId: string;
  fact: RoomActivityFact;
}

/** The parts of a stored contribution the live panel counts (a contribution row has them all). */
export interface ContributedRow {
  id: string | number;
  room_id: string;
  author_membership_id: string | null;
  title: string | null;
  body: string | null;
  phase: PhaseId | null;
  reply_to_id: string | null;
  created_at: Date | string;
}

/** Code points, like PostgreSQL's char_length on a UTF-8 database (a JS string's length counts UTF-16 units). */
function codePoints(s: string | null): number {
  if (!s) return 0;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * A small in-process signal from the rooms module to Insight, so the live session panel can follow a
 * session without the rooms code knowing about dashboards. Fire-and-forget: listeners never slow a send.
 */
@Injectable()
export class RoomActivity {
  private readonly subject = new Subject<RoomActivityEvent>();
  readonly events$ = this.subject.asObservable();

  /** Something changed that the panel cannot apply as a fact (a deletion, an edit, a recognition taken back). */
  changed(roomId: string): void {
    this.subject.next({ roomId, fact: { type: 'changed' } });
  }

  /** A contribution was stored (after commit). */
  contributed(row: ContributedRow): void {
    this.subject.next({
      roomId: row.room_id,
      fact: {
        type: 'contribution',
        id: String(row.id),
        authorId: row.author_membership_id,
        chars: codePoints(row.title) + codePoints(row.body),
        phase: row.phase,
        replyToId: row.reply_to_id,
        at: new Date(row.created_at).toISOString(),
      },
    });
  }

  /** A new herkenning that counts as evidence (on a contribution without a crisis flag). */
  recognised(roomId: string, contributionId: string, fromId: string, toId: string, at: Date): void {
    this.subject.next({
      roomId,
      fact: { type: 'recognition', contributionId, fromId, toId, at: at.toISOString() },
    });
  }

  /** The author set or cleared the phase of a contribution. */
  phaseSet(roomId: string, id: string, from: PhaseId | null, to: PhaseId | null): void {
    this.subject.next({ roomId, fact: { type: 'phase', id, from, to } });
  }
}

/** Global, so the rooms and contributions modules can signal without importing Insight (which imports them). */
@Global()
@Module({ providers: [RoomActivity], exports: [RoomActivity] })
export class RoomActivityModule {}
