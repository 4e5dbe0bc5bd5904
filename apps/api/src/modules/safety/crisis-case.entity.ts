import type { CaseOutcome, CaseState, CrisisSeverity } from '@spiegel/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Contribution } from '../contributions/contribution.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';

/** A crisis alert as a case with an owner. Holds ids, states and a short staff note; never message text. */
@Entity('crisis_cases')
@Index(['organisationId', 'state', 'raisedAt'])
@Index('ix_crisis_cases_escalation_due', ['raisedAt'], { where: `state = 'open' AND escalated_at IS NULL` })
export class CrisisCase {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('uuid')
  roomId: string;

  /** One case per contribution: a second flag on the same message (an edit) joins the open case. */
  @Index({ unique: true })
  @Column('bigint')
  contributionId: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: Contribution;

  @Column('uuid')
  authorMembershipId: string;

  @Column('text')
  severity: CrisisSeverity;

  @Column('text', { default: 'open' })
  state: CaseState;

  @Column('uuid', { nullable: true })
  ownerMembershipId: string | null;

  @Column('text', { nullable: true })
  outcome: CaseOutcome | null;

  @Column('text', { nullable: true })
  note: string | null;

  /** Who was alerted when it was raised (the room's hosts, or who stands in for them). */
  @Column('uuid', { array: true, default: () => `'{}'` })
  alerted: string[];

  @Column('timestamptz', { default: () => 'now()' })
  raisedAt: Date;

  @Column('timestamptz', { nullable: true })
  pickedUpAt: Date | null;

  @Column('timestamptz', { nullable: true })
  closedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  escalatedAt: Date | null;
}
