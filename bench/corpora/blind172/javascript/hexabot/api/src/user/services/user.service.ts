import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'crypto';

import { MailerService } from '@/mailer/mailer.service';

import { UserRepository } from '../repositories/user.repository';

@Injectable()
export class UserService {
  private readonly logger = new Logger(UserService.name);

  constructor(
    private readonly users: UserRepository,
    private readonly mailer: MailerService,
  ) {}

  /** Sends a reset link if the address belongs to a user (same answer either way). */
  async sendResetLink(email: string) {
    const user = await this.users.findOne({ email: String(email).toLowerCase() });
    if (!user) {
      this.logger.debug('reset requested for an unknown address');
      return;
    }
    const token = randomBytes(32).toString('hex');
    await this.users.updateOne({ _id: user._id }, { resetToken: token, resetCount: (user.resetCount ?? 0) + 1 });
    await this.mailer.sendMail({
      to: user.email,
      template: 'password_reset',
      context: { token, first_name: user.first_name },
    });
  }

  async findById(id: string) {
    return this.users.findOne({ _id: String(id) });
  }
}
