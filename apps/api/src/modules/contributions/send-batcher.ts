import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import {
  ContributionSendsRepository,
  type NewContribution,
  type StoredContribution,
} from './contribution-sends.repository.js';

/** Rows in one statement at most; a bigger queue goes in several statements, one after the other. */
const MAX_BATCH = 200;

interface Pending {
  send: NewContribution;
  resolve: (row: StoredContribution | undefined) => void;
  reject: (err: unknown) => void;
}

/** What the batcher did since the process started (read by tests and benchmarks, never by rules). */
export interface SendBatchStats {
  /** Statements that committed sends (a send alone counts as a batch of one). */
  batches: number;
  /** Of those, the ones with more than one send. */
  multiRowBatches: number;
  /** Sends they carried. */
  rows: number;
  largest: number;
  /** Batches whose statement failed and whose sends were then written one by one. */
  fallbacks: number;
}

/**
 * Group commit for sends. A send that arrives while the previous batch's commit is in flight waits for
 * it and goes, with every other send that arrived meanwhile, into the next statement: one multi-row
 * insert and one commit (one fsync) for all of them. A send that arrives while nothing is in flight goes
 * out at once (after the current turn of the event loop, so sends read from the socket together travel
 * together), so a quiet room waits for nothing. Each caller's promise settles only after the commit that
 * holds its row, with its own row, or undefined when its checks failed (the service then explains why, as
 * for a single send). When the batch's statement fails, nothing of it was written, and each send is tried
 * again alone: a retry that another instance committed in between, a text the database refuses, or a
 * lost connection is then answered per send exactly as before batching.
 */
@Injectable()
export class SendBatcher implements BeforeApplicationShutdown {
  private queue: Pending[] = [];
  private inFlight: Promise<void> | null = null;
  private scheduled = false;
  readonly stats: SendBatchStats = { batches: 0, multiRowBatches: 0, rows: 0, largest: 0, fallbacks: 0 };

  constructor(private readonly repo: ContributionSendsRepository) {}

  insert(send: NewContribution): Promise<StoredContribution | undefined> {
    return new Promise((resolve, reject) => {
      this.queue.push({ send, resolve, reject });
      this.kick();
    });
  }

  /** Lets the sends already taken finish before the database connections close. */
  async beforeApplicationShutdown(): Promise<void> {
    while (this.inFlight || this.queue.length > 0) {
      this.kick();
      await (this.inFlight ?? new Promise((r) => setImmediate(r)));
    }
  }

  private kick(): void {
    if (this.inFlight || this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.inFlight || this.queue.length === 0) return;
      const batch = this.queue.splice(0, MAX_BATCH);
      this.inFlight = this.commit(batch).finally(() => {
        this.inFlight = null;
        this.kick();
      });
    });
  }

  private async commit(batch: Pending[]): Promise<void> {
    if (batch.length === 1) {
      // Alone: the single statement (the same checks and answers), with nothing to fall back to.
      const [only] = batch as [Pending];
      await this.repo.insertChecked(only.send).then((row) => {
        this.counted(1);
        only.resolve(row);
      }, only.reject);
      return;
    }
    let rows: (StoredContribution | undefined)[];
    try {
      rows = await this.repo.insertCheckedMany(batch.map((p) => p.send));
    } catch {
      // Nothing was written: each send alone, side by side as they would have gone without batching.
      this.stats.fallbacks++;
      await Promise.all(batch.map((p) => this.repo.insertChecked(p.send).then(p.resolve, p.reject)));
      return;
    }
    this.counted(batch.length);
    batch.forEach((p, i) => p.resolve(rows[i]));
  }

  private counted(size: number): void {
    this.stats.batches++;
    if (size > 1) this.stats.multiRowBatches++;
    this.stats.rows += size;
    this.stats.largest = Math.max(this.stats.largest, size);
  }
}
