import type { StaffedRange } from '@spiegel/domain';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity.js';

/** When someone of the organisation watches; no row means nobody is promised to be watching. */
@Entity('staffed_hours')
export class StaffedHoursRow {
  @PrimaryColumn('uuid')
  organisationId: string;

  @OneToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('jsonb', { default: () => `'[]'` })
  ranges: StaffedRange[];

  @Column('boolean', { default: true })
  countSessions: boolean;

  @Column('uuid', { nullable: true })
  updatedBy: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt: Date;
}
