import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { PasswordReset } from './password-reset.entity.js';

/** The reset links others issue (an admin, through the members module); auth owns `password_resets`. */
@Injectable()
export class PasswordResets {
  constructor(@InjectRepository(PasswordReset) private readonly resets: Repository<PasswordReset>) {}

  async insert(reset: Parameters<Repository<PasswordReset>['insert']>[0]): Promise<void> {
    await this.resets.insert(reset);
  }
}
