import type { MembershipRole } from '@spiegel/domain';
// A type only: the relation names its target ('User'), so organisations (below auth) imports no auth code.
import type { User } from '../auth/user.entity.js';
import { Organisation } from './organisation.entity.js';
import { Column, JoinColumn, ManyToOne, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

// The wire contract owns the values (packages/domain); re-exported for the module's own files.
export { MEMBERSHIP_ROLES, type MembershipRole } from '@spiegel/domain';

export const MEMBERSHIP_STATUSES = ['active', 'removed'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

@Entity('memberships')
@Index('uq_memberships_org_display_name', ['organisationId', 'displayNameKey'], { unique: true })
@Index('uq_memberships_org_user', ['organisationId', 'userId'], { unique: true })
export class Membership {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Index()
  @Column('uuid')
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('text')
  role: MembershipRole;

  /** The pseudonym shown to others. No real name is ever asked. */
  @Column('text')
  displayName: string;

  /** Case- and accent-folded pseudonym for the uniqueness check. */
  @Column('text')
  displayNameKey: string;

  @Column('text')
  avatarColor: string;

  @Column('text', { default: 'active' })
  status: MembershipStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
