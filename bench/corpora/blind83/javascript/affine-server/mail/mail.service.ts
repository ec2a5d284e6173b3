import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import nodemailer from 'nodemailer';

const inviteTemplate = Handlebars.compile('<p>{{inviter}} invited you to a workspace.</p><blockquote>{{message}}</blockquote>');

@Injectable()
export class MailService {
  private transport = nodemailer.createTransport({ url: process.env.MAILER_URL });

  async sendInvite(to: string, vars: { inviter: string; message?: string }) {
    const html = inviteTemplate({ inviter: vars.inviter, message: vars.message ?? '' });
    await this.transport.sendMail({ to, subject: `${vars.inviter} invited you`, html });
  }

  async preview(template: string | undefined, vars: { inviter: string; message?: string }) {
    if (!template) {
      return inviteTemplate(vars);
    }
    // expect: template-injection
    return Handlebars.compile(template)(vars);
  }
}
