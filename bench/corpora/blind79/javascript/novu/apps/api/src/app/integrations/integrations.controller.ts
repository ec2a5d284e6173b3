import { BadRequestException, Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { UserAuthGuard } from '../auth/framework/user.auth.guard';
import { UserSession, UserSessionData } from '../shared/framework/user.decorator';
import { TestWebhook, TestWebhookCommand } from './usecases/test-webhook/test-webhook.usecase';

const CHAT_OAUTH_PROVIDERS = ['slack', 'msteams'];

@Controller('/integrations')
export class IntegrationsController {
  constructor(private testWebhookUsecase: TestWebhook) {}

  @Post('/webhook/test')
  @UseGuards(UserAuthGuard)
  async testWebhook(@UserSession() user: UserSessionData, @Body() body: { providerId: string; webhookUrl: string; message?: string }) {
    const command = Object.assign(new TestWebhookCommand(), {
      environmentId: user.environmentId,
      providerId: body.providerId,
      webhookUrl: body.webhookUrl,
      message: body.message,
    });
    return this.testWebhookUsecase.execute(command);
  }

  @Get('/:providerId/oauth/callback')
  async chatOauthCallback(
    @Param('providerId') providerId: string,
    @Query('code') code: string,
    @Query('redirectUrl') redirectUrl: string,
    @Res() res: Response
  ) {
    if (!CHAT_OAUTH_PROVIDERS.includes(providerId) || !code) {
      throw new BadRequestException('Unsupported provider');
    }
    const dashboard = `${process.env.FRONT_BASE_URL}/integrations?provider=${encodeURIComponent(providerId)}&connected=true`;
    if (!redirectUrl) {
      return res.redirect(dashboard);
    }
    // expect: open-redirect
    return res.redirect(redirectUrl);
  }

  @Get('/:providerId/oauth/connected')
  async chatOauthConnected(@Param('providerId') providerId: string, @Res() res: Response) {
    const provider = CHAT_OAUTH_PROVIDERS.includes(providerId) ? providerId : 'slack';
    return res.redirect(`${process.env.FRONT_BASE_URL}/integrations?provider=${provider}`);
  }
}
