import { sha256Hex } from '../../common/crypto.js';

/** The chain of log-in attempts with a name nobody has (no organisation to put them in). */
export const PLATFORM_CHAIN = 'platform';

/** A person's one-way reference inside the hash: erasure may replace the id, never this. */
export const partyRef = (membershipId: string | null): string | null =>
  membershipId === null ? null : sha256Hex(`spiegel-audit-party:${membershipId}`);

/** JSON with object keys sorted at every depth, so jsonb's own key order cannot change a hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export interface HashedFields {
  id: string;
  chainKey: string;
  organisationId: string | null;
  at: Date;
  action: string;
  actorRef: string | null;
  subjectRef: string | null;
  subjectRefs: string[];
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  prevHash: string;
}

/** The entry's hash: every field that says who, whose, what, when and from where, and the previous hash. */
export function entryHash(e: HashedFields): string {
  return sha256Hex(
    canonicalJson([
      'spiegel-audit-v1',
      String(e.id),
      e.chainKey,
      e.organisationId,
      e.at.toISOString(),
      e.action,
      e.actorRef,
      e.subjectRef,
      e.subjectRefs,
      e.targetType,
      e.targetId,
      e.details,
      e.ip,
      e.prevHash,
    ]),
  );
}
