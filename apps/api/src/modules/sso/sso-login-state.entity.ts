import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity.js';

/**
 * One started SSO log-in, for ten minutes: the state (stored hashed; the browser holds it in a cookie too),
 * the nonce and the PKCE verifier that the callback must present. Used once.
 */
@Entity('sso_login_states')
export class SsoLoginState {
  @PrimaryColumn('text')
  stateHash: string;

  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('text')
  nonce: string;

  @Column('text')
  codeVerifier: string;

  @Index()
  @Column('timestamptz')
  expiresAt: Date;
}
