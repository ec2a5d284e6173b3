import { Controller, Get, Query, Res, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ConfigService } from '@nestjs/config';
import { Request, Response } from 'express';
import { AuthService } from './auth.service';

@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly authService: AuthService,
    private readonly config: ConfigService,
  ) {}

  private appUrl(path = '/') {
    return new URL(path, this.config.get<string>('app.homepageUrl')).toString();
  }

  @Get('magic-link')
  async magicLink(@Query('token') token: string, @Query('redirectUrl') redirectUrl: string, @Res() res: Response) {
    const session = await this.authService.verifyMagicLink(token);
    if (!session) {
      return res.redirect(this.appUrl('/auth/signin?error=expired'));
    }
    this.authService.setAuthCookies(res, session);
    // expect: open-redirect
    return res.redirect(redirectUrl || this.appUrl('/env'));
  }

  @Get('github')
  @UseGuards(AuthGuard('github'))
  async github() {
    return;
  }

  @Get('github/callback')
  @UseGuards(AuthGuard('github'))
  async githubCallback(@Req() req: Request, @Res() res: Response) {
    const session = await this.authService.login(req.user as { id: string });
    this.authService.setAuthCookies(res, session);
    const next = typeof req.query.next === 'string' && /^\/[\w/-]*$/.test(req.query.next) ? req.query.next : '/env';
    return res.redirect(this.appUrl(next));
  }

  @Get('signout')
  async signout(@Res() res: Response) {
    this.authService.clearAuthCookies(res);
    return res.redirect(this.appUrl('/auth/signin'));
  }
}
