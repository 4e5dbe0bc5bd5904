import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { newId } from '../../common/crypto.js';

/**
 * The rooms trajecten need: a traject's group room (created with it, renamed with it) and the
 * organisation's alumni room (created the first time someone completes a traject). Exported for the
 * trajecten module, which writes `rooms` only through here.
 */
@Injectable()
export class GroupRoomsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** A new traject's group room, in the traject's transaction (the traject row points at it). */
  async insertGroup(
    em: EntityManager,
    room: { id: string; organisationId: string; name: string; description: string; createdBy: string },
  ): Promise<void> {
    await em.query(
      `INSERT INTO rooms (id, organisation_id, kind, name, description, created_by) VALUES ($1, $2, 'group', $3, $4, $5)`,
      [room.id, room.organisationId, room.name, room.description, room.createdBy],
    );
  }

  /** A renamed traject renames its group room. */
  async rename(roomId: string, name: string): Promise<void> {
    await this.ds.query(`UPDATE rooms SET name = $2 WHERE id = $1`, [roomId, name]);
  }

  /** The organisation's alumni room, created the first time someone completes a traject. */
  async alumniRoom(
    em: EntityManager,
    organisationId: string,
    name: string,
    description: string,
  ): Promise<string> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`alumni:${organisationId}`]);
    const [existing] = await em.query<{ id: string }[]>(
      `SELECT id FROM rooms WHERE organisation_id = $1 AND kind = 'alumni' ORDER BY created_at LIMIT 1`,
      [organisationId],
    );
    if (existing) return existing.id;
    const id = newId();
    await em.query(
      `INSERT INTO rooms (id, organisation_id, kind, name, description) VALUES ($1, $2, 'alumni', $3, $4)`,
      [id, organisationId, name, description],
    );
    return id;
  }
}
