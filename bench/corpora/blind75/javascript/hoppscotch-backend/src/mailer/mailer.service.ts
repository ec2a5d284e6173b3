import { Injectable, Logger } from '@nestjs/common';
import * as Handlebars from 'handlebars';
import { readFileSync } from 'fs';
import { join } from 'path';
import { createTransport, Transporter } from 'nodemailer';

export interface TeamInviteInput {
  inviter: string;
  teamName: string;
  inviteeEmail: string;
  customMessage?: string;
  actionUrl: string;
}

const TEMPLATE_DIR = join(__dirname, 'templates');

@Injectable()
export class MailerService {
  private readonly logger = new Logger(MailerService.name);
  private readonly transport: Transporter;
  private readonly inviteTemplate: Handlebars.TemplateDelegate;

  constructor() {
    this.transport = createTransport(process.env.MAILER_SMTP_URL);
    this.inviteTemplate = Handlebars.compile(readFileSync(join(TEMPLATE_DIR, 'team-invitation.hbs'), 'utf8'));
  }

  async sendTeamInvite(input: TeamInviteInput): Promise<void> {
    const html = this.inviteTemplate({
      invitee: input.inviteeEmail,
      inviter: input.inviter,
      team_name: input.teamName,
      action_url: input.actionUrl,
      message: input.customMessage ?? '',
    });
    await this.transport.sendMail({ to: input.inviteeEmail, subject: `${input.inviter} invited you to ${input.teamName}`, html });
  }

  async sendCustomInvite(input: TeamInviteInput & { layout?: string }): Promise<void> {
    const source = input.layout || '<p>{{inviter}} invited you to {{team_name}}</p>';
    // expect: template-injection
    const render = Handlebars.compile(source);
    const html = render({ inviter: input.inviter, team_name: input.teamName, action_url: input.actionUrl });
    this.logger.log(`custom invite sent to team ${input.teamName.length} chars`);
    await this.transport.sendMail({ to: input.inviteeEmail, subject: 'Team invitation', html });
  }
}
