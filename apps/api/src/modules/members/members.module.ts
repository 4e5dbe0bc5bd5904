import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { InvitationsModule } from '../invitations/invitations.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { MembersController } from './members.controller.js';
import { MembersRepository } from './members.repository.js';
import { MembersService } from './members.service.js';

@Module({
  imports: [AuditModule, InvitationsModule, OrganisationsModule, RoomsModule],
  controllers: [MembersController],
  providers: [MembersRepository, MembersService],
})
export class MembersModule {}
