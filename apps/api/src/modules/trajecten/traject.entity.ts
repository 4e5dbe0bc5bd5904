import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity.js';
import { Room } from '../rooms/room.entity.js';

// The wire contract owns the values (packages/domain); re-exported for the module's own files.
export { TRAJECT_STATUSES, type TrajectStatus } from '@spiegel/domain';

/** A course with a start and an end; its group room is created with it. */
@Entity('trajecten')
@Index(['organisationId', 'startsOn'])
@Index(['roomId'])
export class Traject {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('text')
  name: string;

  @Column('text', { default: '' })
  description: string;

  @Column('date')
  startsOn: string;

  @Column('date')
  endsOn: string;

  @Column('uuid')
  roomId: string;

  @ManyToOne(() => Room, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'room_id' })
  room?: Room;

  /** Set when an admin closes the traject before its end date. */
  @Column('timestamptz', { nullable: true })
  closedEarlyAt: Date | null;

  /** Set once completion has run: participants became alumni. */
  @Column('timestamptz', { nullable: true })
  completedAt: Date | null;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
