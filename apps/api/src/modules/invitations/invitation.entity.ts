import { Organisation } from '../organisations/organisation.entity.js';
import { Column, JoinColumn, ManyToOne, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MembershipRole } from '../organisations/membership.entity.js';

/** The code itself is never stored: only its SHA-256, and a short prefix to recognise it in a list. */
@Entity('invitations')
@Index(['organisationId', 'createdAt'])
export class Invitation {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('text', { unique: true })
  codeHash: string;

  @Column('text')
  codePrefix: string;

  @Column('text')
  role: MembershipRole;

  @Column('text', { nullable: true })
  note: string | null;

  /** For staff who log in with their organisation (SSO): the verified address that may use this invitation. */
  @Column('text', { nullable: true })
  email: string | null;

  /** When set, registering with this invitation also offers enrolment in this traject. */
  @Column('uuid', { nullable: true })
  trajectId: string | null;

  @Column('uuid')
  createdByMembershipId: string;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('integer')
  maxUses: number;

  @Column('integer', { default: 0 })
  uses: number;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
