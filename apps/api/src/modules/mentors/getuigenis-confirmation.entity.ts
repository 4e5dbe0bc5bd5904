import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A facilitator confirmed (or not) that a member reached getuigenis; their word overrules the estimate. */
@Entity('getuigenis_confirmations')
export class GetuigenisConfirmation {
  @PrimaryColumn('uuid')
  membershipId: string;

  @Column('uuid')
  organisationId: string;

  @Column('boolean')
  confirmed: boolean;

  @Column('uuid')
  confirmedBy: string;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;
}
