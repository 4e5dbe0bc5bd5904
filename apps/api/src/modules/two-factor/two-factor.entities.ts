import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../auth/user.entity.js';
import { Membership } from '../organisations/membership.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';

/** A person's TOTP secret, encrypted (AES-256-GCM). Unconfirmed while enrolment is under way. */
@Entity('two_factor_factors')
export class TwoFactorFactor {
  @PrimaryColumn('uuid')
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** base64url(iv).base64url(tag).base64url(ciphertext) */
  @Column('text')
  secretEncrypted: string;

  @Column('timestamptz', { nullable: true })
  confirmedAt: Date | null;

  /** The last RFC 6238 time step accepted: a code of that step or earlier is a replay. */
  @Column('bigint', { nullable: true })
  lastUsedStep: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Single-use recovery codes, only their keyed hashes. */
@Entity('two_factor_recovery_codes')
export class TwoFactorRecoveryCode {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('text')
  codeHash: string;

  @Column('timestamptz', { nullable: true })
  usedAt: Date | null;
}

/** A right password waiting for its second step: no session exists until the step is done. */
@Entity('two_factor_pending_logins')
export class TwoFactorPendingLogin {
  /** SHA-256 of the cookie token. */
  @PrimaryColumn('text')
  id: string;

  @Index()
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: Membership;

  @Column('uuid')
  organisationId: string;

  @Column('text')
  step: string;

  @Column('timestamptz')
  expiresAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** "Dit apparaat 30 dagen onthouden": the cookie's token hash, bound to one person, revocable. */
@Entity('two_factor_devices')
export class TwoFactorDevice {
  @PrimaryColumn('text')
  id: string;

  @Index()
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Failed second-step attempts (per person), counted in PostgreSQL so the limit holds across instances. */
@Entity('two_factor_attempts')
@Index(['key', 'at'])
export class TwoFactorAttempt {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('text')
  key: string;

  @Column('timestamptz')
  at: Date;
}

/** The organisation's setting; no row means the default: required for staff. */
@Entity('two_factor_policies')
export class TwoFactorPolicy {
  @PrimaryColumn('uuid')
  organisationId: string;

  @OneToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('boolean', { default: true })
  requiredForStaff: boolean;
}
