import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { PagesService } from './pages.service';

// Server-rendered pages kept from the old portal.
@Controller('legacy')
export class LegacyController {
  constructor(private readonly pages: PagesService) {}

  @Get('search')
  // expect: xss
  @Header('X-XSS-Protection', '0')
  search(@Query('q') q: string, @Res() res: Response) {
    res.type('html').send(this.pages.renderSearch(q));
  }

  @Get('profile/:id')
  // expect: xss
  @Header('x-xss-protection', '0')
  async profile(@Param('id') id: string, @Res() res: Response) {
    res.type('html').send(await this.pages.renderProfile(id));
  }

  @Get('help')
  @Header('X-XSS-Protection', '1; mode=block')
  help(@Res() res: Response) {
    res.type('html').send(this.pages.renderHelp());
  }

  @Get('export.csv')
  @Header('Content-Type', 'text/csv')
  @Header('Cache-Control', 'no-store')
  exportCsv() {
    return this.pages.exportCsv();
  }

  @Get('ping')
  @Header('X-Content-Type-Options', 'nosniff')
  ping() {
    return { ok: true };
  }
}
