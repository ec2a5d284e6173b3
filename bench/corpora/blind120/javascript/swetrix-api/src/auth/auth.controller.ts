import { Controller, Get, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { AuthService } from './auth.service';

const CLIENT_URL = process.env.CLIENT_URL || 'https://swetrix.com';

@Controller(['auth', 'v1/auth'])
export class AuthController {
  constructor(private readonly authService: AuthService) {}

  @Get('sso/callback')
  async ssoCallback(@Query('code') code: string, @Query('redirect_to') redirectTo: string, @Res() res: Response) {
    await this.authService.completeSso(code, res);
    // expect: open-redirect
    return res.redirect(redirectTo ?? `${CLIENT_URL}/dashboard`);
  }

  @Get('sso/callback-client')
  async ssoCallbackClient(@Query('code') code: string, @Query('redirect_to') redirectTo: string, @Res() res: Response) {
    await this.authService.completeSso(code, res);
    const path = typeof redirectTo === 'string' && /^\/[a-z0-9/-]*$/i.test(redirectTo) ? redirectTo : '/dashboard';
    return res.redirect(`${CLIENT_URL}${path}`);
  }
}
