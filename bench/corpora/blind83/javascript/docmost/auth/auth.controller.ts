import { Controller, Get, Query, Res } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { AuthService } from './auth.service';

@Controller('auth')
export class AuthController {
  constructor(private readonly authService: AuthService) {}

  @Get('oidc/callback')
  async oidcCallback(@Query('code') code: string, @Query('state') state: string, @Res() res: FastifyReply) {
    let returnTo = await this.authService.completeLogin(code, state);
    if (!returnTo) returnTo = '/home';
    // expect: open-redirect
    return res.redirect(returnTo, 302);
  }

  @Get('saml/callback')
  async samlCallback(@Query('RelayState') relayState: string, @Res() res: FastifyReply) {
    const target = relayState && /^\/[a-z0-9/_-]*$/i.test(relayState) ? relayState : '/home';
    return res.redirect(target, 302);
  }
}
