import { Body, Controller, Get, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { Request, Response } from 'express';

import { AuthService } from './auth.service';
import { authCookieHandler, isAllowedRedirect } from './helper';

class SignInMagicDto {
  email!: string;
}

class VerifyMagicDto {
  deviceIdentifier!: string;
  token!: string;
}

@Controller({ path: 'auth', version: '1' })
export class AuthController {
  private readonly whitelist = (process.env.WHITELISTED_ORIGINS ?? '').split(',').filter(Boolean);

  constructor(private readonly authService: AuthService) {}

  @Post('signin')
  async signInMagicLink(@Body() body: SignInMagicDto, @Query('origin') origin: string) {
    const deviceIdentifier = await this.authService.signInMagicLink(body.email, origin ?? 'app');
    return { deviceIdentifier };
  }

  @Post('verify')
  async verify(@Body() data: VerifyMagicDto, @Query('redirect_uri') redirectUri: string, @Res() res: Response) {
    const tokens = await this.authService.verifyMagicLinkTokens(data);
    return authCookieHandler(res, tokens, Boolean(redirectUri), redirectUri);
  }

  @Get('github/callback')
  @UseGuards(AuthGuard('github'))
  async githubAuthRedirect(@Req() req: Request & { user: { uid: string }; authInfo?: { state?: { redirect_uri?: string } } }, @Res() res: Response) {
    const tokens = await this.authService.generateAuthTokens(req.user.uid);
    const candidate = req.authInfo?.state?.redirect_uri;
    const redirectUrl = isAllowedRedirect(candidate, this.whitelist) ? candidate! : null;
    return authCookieHandler(res, tokens, true, redirectUrl);
  }

  @Get('logout')
  async logout(@Res() res: Response, @Query('next') next?: string) {
    res.clearCookie('access_token');
    res.clearCookie('refresh_token');
    const target = next === 'admin' ? '/admin' : '/';
    return res.redirect(target);
  }
}
