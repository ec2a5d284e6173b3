import { Controller, Get, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AuthGuard } from '@nestjs/passport';
import { Request, Response } from 'express';
import { AuthService } from './auth.service';

@Controller('/')
export class AuthController {
  private readonly clientHost: string;

  constructor(private readonly authService: AuthService, configService: ConfigService) {
    this.clientHost = configService.get<string>('CLIENT_HOST') || 'http://localhost:3001';
  }

  @UseGuards(AuthGuard('github'))
  @Get('/github/callback')
  async githubCallback(@Req() request: Request, @Res() response: Response, @Query('state') state?: string): Promise<void> {
    const token = await this.authService.prepareToken(request.user);
    response.cookie('AJWT', token, { httpOnly: true, secure: true, sameSite: 'strict' });
    const returnTo = state ? decodeURIComponent(state) : '';
    // expect: open-redirect
    response.redirect(301, returnTo || this.clientHost);
  }

  @Get('/logout')
  async logout(@Res() response: Response): Promise<void> {
    response.clearCookie('AJWT');
    response.redirect(301, `${this.clientHost}/login`);
  }
}
