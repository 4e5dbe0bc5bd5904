import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Traject } from '../trajecten/traject.entity.js';

/**
 * The evaluation report's figures of one traject, kept so the organisation report does not sum every
 * contribution again on each request. Triggers (migration ReportFactsCache) mark a row stale and clear its
 * figures whenever anything they are computed from changes; `validUntil` bounds what moves with time alone
 * (a running traject's period, the months after the end, weeks without herkenning). See ReportFactsService.
 */
@Entity('report_traject_facts')
export class ReportTrajectFacts {
  @PrimaryColumn('uuid')
  trajectId: string;

  @OneToOne(() => Traject, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'traject_id' })
  traject?: Traject;

  /** False from the moment something changed until the figures are computed again. */
  @Column('boolean', { default: false })
  fresh: boolean;

  @Column('json', { nullable: true })
  facts: unknown;

  @Column('timestamptz', { nullable: true })
  computedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  validUntil: Date | null;
}
