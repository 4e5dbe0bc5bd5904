import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { entryHash, partyRef, PLATFORM_CHAIN } from './audit-chain.js';
import { formerMemberIds } from '../organisations/memberships.repository.js';

export interface NewAuditEntry {
  organisationId: string | null;
  actorMembershipId: string | null;
  action: string;
  subjectMembershipId: string | null;
  subjectIds: string[];
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  at: Date;
}

export interface AuditSearch {
  organisationId: string;
  /** Entries about this person (as the subject or among the people a view showed). */
  person?: string;
  /** Entries by this staff member. */
  actor?: string;
  /** Leave out what the person did themselves ("who looked at my data"). */
  notByPerson?: boolean;
  /** Calendar days (yyyy-mm-dd) in Dutch time, both inclusive. */
  from?: string;
  to?: string;
  /** Keyset paging: entries older than this id. */
  before?: string;
  limit: number;
}

export interface AuditRow {
  id: string;
  at: Date;
  action: string;
  actor_id: string | null;
  actor: string | null;
  actor_role: string | null;
  subject_id: string | null;
  subject: string | null;
  subject_count: number;
  target_type: string | null;
  target_id: string | null;
  details: Record<string, unknown>;
  ip: string | null;
}

interface StoredEntry {
  id: string;
  chain_key: string;
  organisation_id: string | null;
  at: Date;
  action: string;
  actor_membership_id: string | null;
  subject_membership_id: string | null;
  subject_ids: string[];
  actor_ref: string | null;
  subject_ref: string | null;
  subject_refs: string[];
  target_type: string | null;
  target_id: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface ChainBreak {
  chainKey: string;
  /** The first entry that does not verify (null: the chain's newest entries are missing). */
  entryId: string | null;
  reason: string;
}

export interface ChainReport {
  chainKey: string;
  entries: number;
  /** What the oldest kept entry points to ('' when nothing was ever pruned). */
  anchorHash: string;
  headHash: string;
  broken: ChainBreak | null;
}

const PAGE = 2000;

/** The only place that writes or reads `audit_events` and `audit_chain_heads`. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Appends one entry to its chain. The chain head row is locked until the surrounding transaction ends,
   * so entries from every connection and instance form a single line; the id is drawn under that lock,
   * so id order is chain order.
   */
  async append(e: NewAuditEntry, em?: EntityManager): Promise<void> {
    if (em) return this.appendIn(em, e);
    await this.ds.transaction((tx) => this.appendIn(tx, e));
  }

  private async appendIn(em: EntityManager, e: NewAuditEntry): Promise<void> {
    const chainKey = e.organisationId ?? PLATFORM_CHAIN;
    let [head] = await em.query<{ last_hash: string }[]>(
      `SELECT last_hash FROM audit_chain_heads WHERE chain_key = $1 FOR UPDATE`,
      [chainKey],
    );
    if (!head) {
      await em.query(`INSERT INTO audit_chain_heads (chain_key) VALUES ($1) ON CONFLICT DO NOTHING`, [
        chainKey,
      ]);
      [head] = await em.query<{ last_hash: string }[]>(
        `SELECT last_hash FROM audit_chain_heads WHERE chain_key = $1 FOR UPDATE`,
        [chainKey],
      );
    }
    const [{ id }] = (await em.query(
      `SELECT nextval(pg_get_serial_sequence('audit_events', 'id'))::text AS id`,
    )) as [{ id: string }];
    const fields = {
      id,
      chainKey,
      organisationId: e.organisationId,
      at: e.at,
      action: e.action,
      actorRef: partyRef(e.actorMembershipId),
      subjectRef: partyRef(e.subjectMembershipId),
      subjectRefs: e.subjectIds.map((s) => partyRef(s)!),
      targetType: e.targetType,
      targetId: e.targetId,
      details: e.details,
      ip: e.ip,
      prevHash: head!.last_hash,
    };
    const hash = entryHash(fields);
    await em.query(
      `INSERT INTO audit_events (id, organisation_id, actor_membership_id, action, subject_membership_id, subject_ids,
              target_type, target_id, details, ip, at, chain_key, actor_ref, subject_ref, subject_refs, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6::uuid[], $7, $8, $9::jsonb, $10, $11, $12, $13, $14, $15::text[], $16, $17)`,
      [
        id,
        e.organisationId,
        e.actorMembershipId,
        e.action,
        e.subjectMembershipId,
        e.subjectIds,
        e.targetType,
        e.targetId,
        JSON.stringify(e.details),
        e.ip,
        e.at,
        chainKey,
        fields.actorRef,
        fields.subjectRef,
        fields.subjectRefs,
        fields.prevHash,
        hash,
      ],
    );
    await em.query(`UPDATE audit_chain_heads SET last_id = $2, last_hash = $3 WHERE chain_key = $1`, [
      chainKey,
      id,
      hash,
    ]);
  }

  /**
   * Erasure: the person's id becomes the organisation's "former member" everywhere in the log. The
   * one-way references stay (the hash covers them), so the chain still verifies and nobody can tell
   * from the log who the person was.
   */
  async pseudonymise(em: EntityManager, organisationId: string, from: string, to: string): Promise<void> {
    await em.query(
      `UPDATE audit_events
          SET actor_membership_id = CASE WHEN actor_membership_id = $2 THEN $3 ELSE actor_membership_id END,
              subject_membership_id = CASE WHEN subject_membership_id = $2 THEN $3 ELSE subject_membership_id END,
              subject_ids = array_replace(subject_ids, $2::uuid, $3::uuid)
        WHERE organisation_id = $1 AND (actor_membership_id = $2 OR subject_membership_id = $2 OR $2 = ANY (subject_ids))`,
      [organisationId, from, to],
    );
  }

  async search(s: AuditSearch): Promise<AuditRow[]> {
    const params: unknown[] = [s.organisationId];
    const where = [`a.organisation_id = $1`];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (s.person) add((n) => `(a.subject_membership_id = $${n} OR $${n} = ANY (a.subject_ids))`, s.person);
    if (s.person && s.notByPerson) add((n) => `a.actor_membership_id IS DISTINCT FROM $${n}`, s.person);
    if (s.actor) add((n) => `a.actor_membership_id = $${n}`, s.actor);
    if (s.from) add((n) => `a.at >= ($${n}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'`, s.from);
    if (s.to) add((n) => `a.at < ($${n}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`, s.to);
    if (s.before) add((n) => `a.id < $${n}`, s.before);
    params.push(Math.min(Math.max(s.limit, 1), 50_000));
    return this.ds.query<AuditRow[]>(
      `SELECT a.id::text AS id, a.at, a.action, a.actor_membership_id AS actor_id, am.display_name AS actor,
              am.role AS actor_role, a.subject_membership_id AS subject_id, sm.display_name AS subject,
              cardinality(a.subject_ids) AS subject_count, a.target_type, a.target_id, a.details, a.ip
         FROM audit_events a
         LEFT JOIN member_names am ON am.id = a.actor_membership_id
         LEFT JOIN member_names sm ON sm.id = a.subject_membership_id
        WHERE ${where.join(' AND ')}
        ORDER BY a.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  /**
   * Retention: removes each chain's entries from before `cutoff` and records, in the chain head, the hash
   * the oldest kept entry points to (the anchor). Returns how many entries went, per chain.
   */
  async prune(cutoff: Date, organisationId?: string): Promise<{ chainKey: string; removed: number }[]> {
    const chains = await this.ds.query<{ chain_key: string }[]>(
      `SELECT chain_key FROM audit_chain_heads WHERE $1::text IS NULL OR chain_key = $1`,
      [organisationId ?? null],
    );
    const out: { chainKey: string; removed: number }[] = [];
    for (const { chain_key: chainKey } of chains) {
      const removed = await this.ds.transaction(async (em) => {
        const [head] = await em.query<{ last_id: string | null; last_hash: string }[]>(
          `SELECT last_id, last_hash FROM audit_chain_heads WHERE chain_key = $1 FOR UPDATE`,
          [chainKey],
        );
        if (!head?.last_id) return 0;
        // The oldest entry to keep; entries are removed only as a prefix of the chain, so it stays whole.
        const [keep] = await em.query<{ id: string; prev_hash: string }[]>(
          `SELECT id::text AS id, prev_hash FROM audit_events e WHERE chain_key = $1 AND at >= $2 ORDER BY e.id LIMIT 1`,
          [chainKey, cutoff],
        );
        const anchor = keep ? keep.prev_hash : head.last_hash;
        const [, n] = (await em.query(
          `DELETE FROM audit_events WHERE chain_key = $1 AND ($2::bigint IS NULL OR id < $2)`,
          [chainKey, keep?.id ?? null],
        )) as [unknown, number];
        if (n > 0)
          await em.query(
            `UPDATE audit_chain_heads SET anchor_hash = $2, pruned_at = now() WHERE chain_key = $1`,
            [chainKey, anchor],
          );
        return n;
      });
      out.push({ chainKey, removed });
    }
    return out;
  }

  /** Walks every chain (or one) from its anchor to its head and names the first entry that does not verify. */
  async verify(chainKey?: string): Promise<ChainReport[]> {
    const heads = await this.ds.query<
      { chain_key: string; last_id: string | null; last_hash: string; anchor_hash: string }[]
    >(
      `SELECT chain_key, last_id::text AS last_id, last_hash, anchor_hash FROM audit_chain_heads
        WHERE $1::text IS NULL OR chain_key = $1 ORDER BY chain_key`,
      [chainKey ?? null],
    );
    // Entries whose chain has no head at all (a head row deleted to hide them).
    const orphans = await this.ds.query<{ chain_key: string; id: string }[]>(
      `SELECT e.chain_key, min(e.id)::text AS id FROM audit_events e
        WHERE ($1::text IS NULL OR e.chain_key = $1)
          AND NOT EXISTS (SELECT 1 FROM audit_chain_heads h WHERE h.chain_key = e.chain_key)
        GROUP BY e.chain_key`,
      [chainKey ?? null],
    );
    const reports: ChainReport[] = orphans.map((o) => ({
      chainKey: o.chain_key,
      entries: 0,
      anchorHash: '',
      headHash: '',
      broken: { chainKey: o.chain_key, entryId: o.id, reason: 'the chain has no head record' },
    }));
    for (const head of heads) reports.push(await this.verifyChain(head));
    return reports;
  }

  private async verifyChain(head: {
    chain_key: string;
    last_id: string | null;
    last_hash: string;
    anchor_hash: string;
  }): Promise<ChainReport> {
    const chainKey = head.chain_key;
    const erased = await this.erasedRefs(chainKey);
    const former = await this.formerMembers(chainKey);
    let prev = head.anchor_hash;
    let lastId: string | null = null;
    let entries = 0;
    const report = (broken: ChainBreak | null): ChainReport => ({
      chainKey,
      entries,
      anchorHash: head.anchor_hash,
      headHash: head.last_hash,
      broken,
    });
    for (let after = '0'; ;) {
      const rows = await this.ds.query<StoredEntry[]>(
        `SELECT id::text AS id, chain_key, organisation_id, at, action, actor_membership_id, subject_membership_id,
                subject_ids, actor_ref, subject_ref, subject_refs, target_type, target_id, details, ip, prev_hash, hash
           FROM audit_events e WHERE chain_key = $1 AND e.id > $2 ORDER BY e.id LIMIT ${PAGE}`,
        [chainKey, after],
      );
      for (const r of rows) {
        entries++;
        if (r.prev_hash !== prev) {
          const reason =
            lastId === null
              ? 'it does not follow the anchor: an older kept entry was removed or changed'
              : `it does not follow entry ${lastId}: an entry between them was removed, or entry ${lastId} was changed`;
          return report({ chainKey, entryId: r.id, reason });
        }
        const recomputed = entryHash({
          id: r.id,
          chainKey: r.chain_key,
          organisationId: r.organisation_id,
          at: new Date(r.at),
          action: r.action,
          actorRef: r.actor_ref,
          subjectRef: r.subject_ref,
          subjectRefs: r.subject_refs,
          targetType: r.target_type,
          targetId: r.target_id,
          details: r.details,
          ip: r.ip,
          prevHash: r.prev_hash,
        });
        if (recomputed !== r.hash)
          return report({ chainKey, entryId: r.id, reason: 'its contents were changed' });
        const party = (id: string | null, ref: string | null) =>
          partyRef(id) === ref || (id !== null && former.has(id) && ref !== null && erased.has(ref));
        const partiesOk =
          party(r.actor_membership_id, r.actor_ref) &&
          party(r.subject_membership_id, r.subject_ref) &&
          r.subject_ids.length === r.subject_refs.length &&
          r.subject_ids.every((s, i) => party(s, r.subject_refs[i] ?? null));
        if (!partiesOk)
          return report({ chainKey, entryId: r.id, reason: 'the people it names were changed' });
        prev = r.hash;
        lastId = r.id;
      }
      if (rows.length < PAGE) break;
      after = rows[rows.length - 1]!.id;
    }
    if (prev !== head.last_hash || (head.last_id !== null && lastId !== null && lastId !== head.last_id))
      return report({
        chainKey,
        entryId: null,
        reason: `the newest entries are missing or changed: the head names entry ${head.last_id ?? '–'}, the last kept is ${lastId ?? '–'}`,
      });
    return report(null);
  }

  /** The references of people who erased their account (each erasure entry names the one it replaced). */
  private async erasedRefs(chainKey: string): Promise<Set<string>> {
    const rows = await this.ds.query<{ ref: string }[]>(
      `SELECT details->>'erasedRef' AS ref FROM audit_events
        WHERE chain_key = $1 AND action = 'account.erase' AND details ? 'erasedRef'`,
      [chainKey],
    );
    return new Set(rows.map((r) => r.ref));
  }

  private formerMembers(chainKey: string): Promise<Set<string>> {
    return formerMemberIds(this.ds, chainKey);
  }
}
