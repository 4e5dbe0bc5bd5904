import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Traject } from './traject.entity.js';

@Entity('traject_sessions')
@Index(['trajectId', 'startsAt'])
export class TrajectSession {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  trajectId: string;

  @ManyToOne(() => Traject, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'traject_id' })
  traject?: Traject;

  @Column('uuid')
  organisationId: string;

  @Column('timestamptz')
  startsAt: Date;

  @Column('text', { default: '' })
  title: string;
}
