import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity.js';

/** One OpenID Connect provider per organisation. The client secret is stored AES-256-GCM encrypted. */
@Entity('sso_configs')
export class SsoConfig {
  @PrimaryColumn('uuid')
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('boolean', { default: false })
  enabled: boolean;

  @Column('text')
  issuer: string;

  @Column('text')
  clientId: string;

  /** `v1.<iv>.<tag>.<ciphertext>` in base64url; null until an admin enters one. */
  @Column('text', { nullable: true })
  clientSecretEncrypted: string | null;

  /** Lower-cased e-mail domains whose people are offered this provider on the log-in page. */
  @Column('text', { array: true, default: () => "'{}'" })
  emailDomains: string[];

  @Column('text', { default: 'invite_only' })
  roleMode: string;

  @Column('text', { nullable: true })
  roleClaim: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  adminValues: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  facilitatorValues: string[];

  @Column('uuid', { nullable: true })
  updatedByMembershipId: string | null;

  @Column('timestamptz')
  updatedAt: Date;
}
