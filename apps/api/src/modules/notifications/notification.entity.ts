import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationView } from '@spiegel/domain';

/** In-app notifications. Never hold message content: only who, where and what kind. */
@Entity('notifications')
@Index(['recipientMembershipId', 'id'])
export class Notification {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  recipientMembershipId: string;

  @Column('text')
  kind: NotificationView['kind'];

  @Column('uuid', { nullable: true })
  roomId: string | null;

  @Column('bigint', { nullable: true })
  contributionId: string | null;

  @Column('uuid', { nullable: true })
  actorMembershipId: string | null;

  @Column('jsonb', { default: {} })
  data: Record<string, string | number | boolean | null>;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  readAt: Date | null;
}
