import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A log-in. Who someone is inside an organisation lives on their Membership (pseudonym, role). */
@Entity('users')
export class User {
  @PrimaryColumn('uuid')
  id: string;

  /** Lower-cased, unique across the platform. */
  @Column('text', { unique: true })
  loginName: string;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('text')
  passwordHash: string;

  @Column('timestamptz')
  passwordChangedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
