// library: NestJS + redirect (host)
// redirect (host): value from the request (query)
import { Controller, Get, Query, Res } from '@nestjs/common';
import { Response } from 'express';

@Controller('oauth')
export class OauthController {
  @Get('run')
  async handle(@Query('returnTo') raw: string, @Res() res: Response) {
    const param = raw ?? '';
    const map = { keyA: '/dashboard', keyB: param, keyC: '/account' };
    const bar = map.keyA;
    res.redirect(`https://${bar}/oauth/callback`);
  }
}
