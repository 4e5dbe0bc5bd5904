import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A person's personal calendar feed (ICS of their trajecten's sessions). The secret link's token is
 * stored only as its sha256; a new link replaces the row, so the old link stops working at once.
 */
@Entity('outreach_calendar_feeds')
export class OutreachCalendarFeed {
  @PrimaryColumn('uuid')
  membershipId: string;

  @Column('uuid')
  organisationId: string;

  @Column('text')
  @Index({ unique: true })
  tokenHash: string;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;
}
