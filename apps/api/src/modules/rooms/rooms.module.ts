import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { GroupRoomsRepository } from './group-rooms.repository.js';
import { RoomAccessService } from './room-access.service.js';
import { RoomMembersRepository } from './room-members.repository.js';
import { RoomsController } from './rooms.controller.js';
import { RoomsPrivacyService } from './rooms-privacy.service.js';
import { RoomsRepository } from './rooms.repository.js';
import { RoomsService } from './rooms.service.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';

/**
 * Owns `rooms` and `room_members`: rooms, who is in them, and the one place that decides who may see or
 * do what in a room (RoomAccessService). Contributions and moderation build on it; it imports neither.
 */
@Module({
  imports: [AuditModule, OrganisationsModule],
  controllers: [RoomsController],
  providers: [
    GroupRoomsRepository,
    RoomAccessService,
    RoomMembersRepository,
    RoomsRepository,
    RoomsService,
    RoomsPrivacyService,
  ],
  exports: [
    GroupRoomsRepository,
    RoomAccessService,
    RoomMembersRepository,
    RoomsService,
    RoomsPrivacyService,
  ],
})
export class RoomsModule {}
