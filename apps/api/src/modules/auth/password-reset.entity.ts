import { Membership } from '../organisations/membership.entity.js';
import { Column, JoinColumn, ManyToOne, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Admin-issued, single-use password reset. Only the token's SHA-256 is stored. */
@Entity('password_resets')
export class PasswordReset {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: Membership;

  @Column('text', { unique: true })
  tokenHash: string;

  @Column('uuid')
  createdByMembershipId: string;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
