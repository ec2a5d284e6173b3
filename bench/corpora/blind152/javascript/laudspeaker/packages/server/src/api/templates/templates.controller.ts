import { Body, Controller, Inject, Param, Post, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { Request } from 'express';
import { randomUUID } from 'crypto';
import { TemplatesService } from './templates.service';
import { Account } from '../accounts/entities/accounts.entity';
import { WebhookData } from './entities/template.entity';

@Controller('templates')
export class TemplatesController {
  constructor(
    @Inject(TemplatesService) private readonly templatesService: TemplatesService,
    @InjectQueue('webhooks') private readonly webhooksQueue: Queue,
  ) {}

  @Post('/test-webhook')
  @UseGuards(AuthGuard('jwt'))
  async testWebhook(@Req() { user }: Request, @Body() body: { webhookData: WebhookData; testCustomerEmail?: string }) {
    const session = randomUUID();
    const account = <Account>user;
    const job = await this.webhooksQueue.add('send', {
      webhookData: body.webhookData,
      accountId: account.id,
      testCustomerEmail: body.testCustomerEmail,
      session,
      test: true,
    });
    return { jobId: job.id };
  }

  @Post(':id/send-webhook')
  @UseGuards(AuthGuard('jwt'))
  async sendStoredWebhook(@Req() { user }: Request, @Param('id') id: string) {
    const session = randomUUID();
    const template = await this.templatesService.findOne(<Account>user, id, session);
    await this.webhooksQueue.add('send', {
      templateId: template.id,
      accountId: (<Account>user).id,
      session,
      test: false,
    });
    return { queued: true };
  }
}
