import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { RealtimeEmitter } from '../../realtime/realtime-emitter.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { GroupRoomsRepository } from '../rooms/group-rooms.repository.js';
import { RoomMembersRepository } from '../rooms/room-members.repository.js';
import { effectiveEnd } from './traject-status.js';
import { dateOnly } from './traject-view.js';
import { TrajectenRepository } from './trajecten.repository.js';
import { MembershipsService } from '../organisations/memberships.service.js';

const ALUMNI_ROOM_NAME = 'Alumni';
const ALUMNI_ROOM_DESCRIPTION =
  'Voor iedereen die een traject heeft afgerond: blijf in contact, ook na de laatste bijeenkomst.';

/** The completion job: a traject whose end has passed turns its participants into alumni. */
@Injectable()
export class TrajectCompletionService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: TrajectenRepository,
    private readonly memberships: MembershipsService,
    private readonly clock: Clock,
    private readonly realtime: RealtimeEmitter,
    private readonly notifications: NotificationsService,
    private readonly roomMembers: RoomMembersRepository,
    private readonly groupRooms: GroupRoomsRepository,
  ) {}

  /**
   * Completes every traject whose end has passed: active participants become alumni, the group room
   * stays open, and they (with the traject's facilitators) join the organisation's alumni room.
   * With `organisationId`, only that organisation's: what an admin starts never touches another's.
   */
  async completeDue(organisationId?: string): Promise<number> {
    const now = this.clock.now();
    const due = await this.repo.due(now, organisationId ?? null);
    for (const t of due) {
      const end = effectiveEnd({ endsOn: dateOnly(t.ends_on), closedEarlyAt: t.closed_early_at });
      const joined: { id: string; role: string }[] = [];
      let alumniRoomId = '';
      await this.ds.transaction(async (em) => {
        if (!(await this.repo.lockOpen(em, t.id))) return;
        const alumni = await this.repo.completeEnrolments(em, t.id, end);
        alumniRoomId = await this.groupRooms.alumniRoom(
          em,
          t.organisation_id,
          ALUMNI_ROOM_NAME,
          ALUMNI_ROOM_DESCRIPTION,
        );
        const people = [...alumni, ...(await this.repo.facilitatorIds(em, t.id))];
        const inRoom: string[] = [];
        for (const m of people)
          if (await this.roomMembers.activate(em, alumniRoomId, m, t.organisation_id, { by: 'system' }))
            inRoom.push(m);
        joined.push(...(await this.memberships.roles(inRoom, em)));
        await this.repo.markCompleted(em, t.id, now);
      });
      for (const m of joined) this.realtime.joinRoom(m.id, alumniRoomId, m.role !== 'participant');
      await this.notifications.notify({
        organisationId: t.organisation_id,
        recipients: joined.map((m) => m.id),
        kind: 'traject_completed',
        roomId: alumniRoomId,
        data: { trajectId: t.id, trajectName: t.name },
      });
    }
    return due.length;
  }
}
