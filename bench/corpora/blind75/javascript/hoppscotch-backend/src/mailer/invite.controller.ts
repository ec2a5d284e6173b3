import { Body, Controller, Post, UseGuards } from '@nestjs/common';

import { JwtAuthGuard } from '../auth/guards/jwt-auth.guard';
import { RESTUser } from '../decorators/gql-user.decorator';
import { MailerService } from './mailer.service';

class InviteDto {
  teamName!: string;
  inviteeEmail!: string;
  message?: string;
  layout?: string;
}

@Controller({ path: 'invites', version: '1' })
@UseGuards(JwtAuthGuard)
export class InviteController {
  constructor(private readonly mailer: MailerService) {}

  @Post()
  async invite(@RESTUser() user: { displayName: string }, @Body() dto: InviteDto) {
    const base = {
      inviter: user.displayName,
      teamName: dto.teamName,
      inviteeEmail: dto.inviteeEmail,
      customMessage: dto.message,
      actionUrl: `${process.env.VITE_BASE_URL}/join-team`,
    };
    if (dto.layout) {
      await this.mailer.sendCustomInvite({ ...base, layout: dto.layout });
    } else {
      await this.mailer.sendTeamInvite(base);
    }
    return { ok: true };
  }
}
