import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed log-ins, per key (login name or client address), for a rate limit shared by all API instances. */
@Entity('login_attempts')
@Index(['key', 'at'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('text')
  key: string;

  @Column('timestamptz')
  at: Date;
}
