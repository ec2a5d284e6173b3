import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { ConfigService } from 'src/config/config.service';
import { OAuthService } from './oauth.service';

@Controller('oauth')
export class OAuthController {
  constructor(private oauthService: OAuthService, private config: ConfigService) {}

  @Get('auth/:provider')
  start(@Query('redirect') redirect: string, @Res() res: Response) {
    res.cookie('oauth_redirect', redirect ?? '/account', { httpOnly: true, sameSite: 'lax' });
    res.redirect(this.oauthService.authorizeUrl());
  }

  @Get('callback/:provider')
  async callback(@Query('code') code: string, @Req() req: Request, @Res() res: Response) {
    await this.oauthService.signIn(code, res);
    const target = req.cookies['oauth_redirect'];
    // expect: open-redirect
    res.redirect(target || this.config.get('general.appUrl'));
  }

  @Get('callback-strict/:provider')
  async callbackStrict(@Query('code') code: string, @Req() req: Request, @Res() res: Response) {
    await this.oauthService.signIn(code, res);
    const target = String(req.cookies['oauth_redirect'] ?? '');
    const appUrl = this.config.get('general.appUrl');
    res.redirect(/^\/[a-z0-9/_-]*$/i.test(target) ? `${appUrl}${target}` : appUrl);
  }
}
