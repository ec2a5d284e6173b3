import { Controller, Get, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Request, Response } from 'express';

import { GitHubGuard } from './guards/github.guard';
import { AuthService } from './auth.service';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly authService: AuthService,
    private readonly configService: ConfigService,
  ) {}

  @Get('github')
  @UseGuards(GitHubGuard)
  githubLogin(@Query('redirect') redirect: string | undefined, @Req() req: Request) {
    if (redirect) req.session.returnTo = redirect;
  }

  @Get('github/callback')
  @UseGuards(GitHubGuard)
  async githubCallback(@Req() req: Request, @Res({ passthrough: true }) response: Response) {
    const publicUrl = this.configService.getOrThrow<string>('PUBLIC_URL');
    await this.authService.handleAuthenticationResponse(req.user, response);

    const returnTo = req.session.returnTo;
    delete req.session.returnTo;
    const target = returnTo ? new URL(returnTo, publicUrl) : new URL('/dashboard', publicUrl);
    if (target.origin !== new URL(publicUrl).origin) return response.redirect(`${publicUrl}/dashboard`);
    return response.redirect(target.toString());
  }

  @Get('logout')
  async logout(@Query('next') next: string | undefined, @Res() response: Response) {
    response.clearCookie('Authentication').clearCookie('Refresh');
    const destination = next ?? this.configService.get<string>('PUBLIC_URL') ?? '/';
    // expect: open-redirect
    return response.redirect(destination);
  }
}
