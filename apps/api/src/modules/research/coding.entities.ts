import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Contribution } from '../contributions/contribution.entity.js';
import { Membership } from '../organisations/membership.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';

/** A coding study (issue 17 item 6): a random sample of contributions, each coded blind by two people. */
@Entity('coding_studies')
@Index(['organisationId', 'createdAt'])
export class CodingStudy {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('text')
  name: string;

  /** The admin who started it; null once their membership is gone. */
  @Column('uuid', { nullable: true })
  createdByMembershipId: string | null;

  @ManyToOne(() => Membership, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_membership_id' })
  createdBy?: Membership;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A coder in a study, with the study's own code for them (C1, C2, …): the export never names people. */
@Entity('coding_study_coders')
@Index('uq_coding_study_coders_code', ['studyId', 'code'], { unique: true })
export class CodingStudyCoder {
  @PrimaryColumn('uuid')
  studyId: string;

  @ManyToOne(() => CodingStudy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'study_id' })
  study?: CodingStudy;

  @PrimaryColumn('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: Membership;

  @Column('text')
  code: string;
}

/** A contribution drawn into a study, with the classifier's tag as it was when drawn (never sent to coders). */
@Entity('coding_items')
@Index('uq_coding_items_contribution', ['studyId', 'contributionId'], { unique: true })
export class CodingItem {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  studyId: string;

  @ManyToOne(() => CodingStudy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'study_id' })
  study?: CodingStudy;

  @Column('uuid')
  organisationId: string;

  @Column('bigint')
  contributionId: string;

  /** Erasure of the author (or of the contribution) takes the item and its codes with it. */
  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: Contribution;

  /** `phase_suggested` when drawn: the classifier's own tag, not the author's correction. */
  @Column('text', { nullable: true })
  classifierLabel: string | null;

  /** Random order in which coders meet the items. */
  @Column('integer')
  position: number;
}

/** One coder's code of one item: label null until coded. */
@Entity('coding_codes')
@Index('uq_coding_codes_item_coder', ['itemId', 'coderMembershipId'], { unique: true })
@Index(['coderMembershipId', 'studyId'])
export class CodingCode {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  itemId: string;

  @ManyToOne(() => CodingItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: CodingItem;

  @Column('uuid')
  studyId: string;

  @Column('uuid')
  coderMembershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'coder_membership_id' })
  coder?: Membership;

  /** A phase, 'geen' or 'onbekend'; null while open. */
  @Column('text', { nullable: true })
  label: string | null;

  @Column('timestamptz', { nullable: true })
  codedAt: Date | null;
}
