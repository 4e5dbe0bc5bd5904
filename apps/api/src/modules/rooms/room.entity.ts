import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { RoomKind } from '@spiegel/domain';
import { Organisation } from '../organisations/organisation.entity.js';

@Entity('rooms')
@Index(['organisationId', 'kind'])
export class Room {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('text')
  kind: RoomKind;

  @Column('text')
  name: string;

  @Column('text', { default: '' })
  description: string;

  /** Groepsafspraken: pinned, editable by the group. */
  @Column('text', { default: '' })
  agreements: string;

  @Column('timestamptz', { nullable: true })
  agreementsUpdatedAt: Date | null;

  @Column('uuid', { nullable: true })
  agreementsUpdatedBy: string | null;

  /**
   * The last sequence number handed out in this room. Taken under this row's lock inside the
   * insert transaction, so sequence order is commit order and has no gaps: catch-up by seq is lossless.
   */
  @Column('bigint', { default: 0 })
  lastSeq: string;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  archivedAt: Date | null;
}
