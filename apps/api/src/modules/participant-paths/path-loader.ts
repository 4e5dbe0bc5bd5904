import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type GetuigenisConfirmation,
  participantPath,
  type ParticipantPath,
  type PathEvent,
  type PhaseId,
} from '@spiegel/domain';
import type { DataSource } from 'typeorm';

/**
 * Loads members' tagged contributions and recognition events (optionally limited to some rooms) and a
 * facilitator's word on their getuigenis (organisation-wide), and runs the domain's participantPath.
 * One query per kind for any number of members.
 */
@Injectable()
export class PathLoader {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async events(membershipIds: string[], roomIds?: string[]): Promise<Map<string, PathEvent[]>> {
    const out = new Map<string, PathEvent[]>(membershipIds.map((id) => [id, []]));
    if (membershipIds.length === 0) return out;
    const roomFilter = roomIds ? 'AND room_id = ANY($2::uuid[])' : '';
    const params: unknown[] = roomIds ? [membershipIds, roomIds] : [membershipIds];
    // Times as epoch milliseconds: parsing a number is much cheaper than a timestamp, and an active
    // member can have tens of thousands of rows.
    const contributions = await this.ds.query<{ member: string; at: number; phase: PhaseId | null }[]>(
      `SELECT author_membership_id AS member, (extract(epoch FROM created_at) * 1000)::float8 AS at, phase
         FROM contribution_facts
        WHERE author_membership_id = ANY($1::uuid[]) AND deleted_at IS NULL ${roomFilter}`,
      params,
    );
    for (const c of contributions)
      out.get(c.member)?.push({ type: 'contribution', at: new Date(c.at), phase: c.phase });
    const recognitions = await this.ds.query<{ from_id: string; to_id: string; at: number }[]>(
      `SELECT from_membership_id AS from_id, to_membership_id AS to_id, (extract(epoch FROM created_at) * 1000)::float8 AS at
         FROM recognition_evidence
        WHERE (from_membership_id = ANY($1::uuid[]) OR to_membership_id = ANY($1::uuid[])) ${roomFilter}`,
      params,
    );
    for (const r of recognitions) {
      const at = new Date(r.at);
      out.get(r.from_id)?.push({ type: 'recognition_given', at, otherMemberId: r.to_id });
      out.get(r.to_id)?.push({ type: 'recognition_received', at, otherMemberId: r.from_id });
    }
    return out;
  }

  /** A facilitator's word on getuigenis per member who has one (it overrules the evidence: phase-reached.ts). */
  async getuigenisConfirmations(membershipIds: string[]): Promise<Map<string, GetuigenisConfirmation>> {
    if (membershipIds.length === 0) return new Map();
    const rows = await this.ds.query<{ member: string; confirmed: boolean; at: Date }[]>(
      `SELECT membership_id AS member, confirmed, at FROM getuigenis_confirmation_facts WHERE membership_id = ANY($1::uuid[])`,
      [membershipIds],
    );
    return new Map(rows.map((r) => [r.member, { confirmed: r.confirmed, at: new Date(r.at) }]));
  }

  async paths(membershipIds: string[], now: Date, roomIds?: string[]): Promise<Map<string, ParticipantPath>> {
    const [events, confirmations] = await Promise.all([
      this.events(membershipIds, roomIds),
      this.getuigenisConfirmations(membershipIds),
    ]);
    return new Map(
      [...events].map(([id, e]) => [
        id,
        participantPath(e, now, { getuigenisConfirmation: confirmations.get(id) ?? null }),
      ]),
    );
  }

  async path(membershipId: string, now: Date): Promise<ParticipantPath> {
    return (await this.paths([membershipId], now)).get(membershipId)!;
  }
}
