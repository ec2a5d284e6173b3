// library: NestJS + HTML response (banner)
// HTML response (banner): value from the request (params)
import { Controller, Get, Param, Res } from '@nestjs/common';
import { Response } from 'express';

@Controller('banner')
export class BannerController {
  @Get(':title')
  async handle(@Param('title') raw: string, @Res() res: Response) {
    const param = raw ?? '';
    const num = 50;
    const bar = 7 * 18 + num > 200 ? 'guest' : param;
    // expect: xss
    res.type('html').send('<div class="banner">' + bar + '</div>');
  }
}
