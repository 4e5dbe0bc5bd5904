import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { PasswordReset } from '../auth/password-reset.entity.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { MembersController } from './members.controller.js';
import { MembersRepository } from './members.repository.js';
import { MembersService } from './members.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([PasswordReset]), AuditModule, OrganisationsModule, RoomsModule],
  controllers: [MembersController],
  providers: [MembersRepository, MembersService],
})
export class MembersModule {}
