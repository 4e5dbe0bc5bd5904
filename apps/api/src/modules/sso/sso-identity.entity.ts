import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Membership } from '../organisations/membership.entity.js';

/** A provider account (issuer + subject) linked to one membership at its first SSO log-in. */
@Entity('sso_identities')
@Index('uq_sso_identities_subject', ['organisationId', 'issuer', 'subject'], { unique: true })
export class SsoIdentity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('text')
  issuer: string;

  @Column('text')
  subject: string;

  @Index('uq_sso_identities_membership', { unique: true })
  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: Membership;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  lastLoginAt: Date | null;
}
