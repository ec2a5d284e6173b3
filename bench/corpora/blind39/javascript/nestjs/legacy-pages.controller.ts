import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { Response } from 'express';
import { PagesService } from './pages.service';

@Controller('legacy')
export class LegacyPagesController {
  constructor(private readonly pages: PagesService) {}

  @Get('pages/:slug')
  // expect: xss-protection-disabled
  @Header('X-XSS-Protection', '0')
  @Header('Content-Type', 'text/html')
  async page(@Param('slug') slug: string) {
    return this.pages.renderHtml(slug);
  }

  // expect: xss-protection-disabled
  @Header('x-xss-protection', '0')
  @Get('embed/:id')
  embed(@Param('id') id: string) {
    return this.pages.renderEmbed(Number(id));
  }

  @Get('print/:id')
  async print(@Param('id') id: string, @Res() res: Response) {
    // expect: xss-protection-disabled
    res.setHeader('X-XSS-Protection', '0');
    res.type('html').send(await this.pages.renderPrintable(Number(id)));
  }

  // Safe: the filter left on.
  @Get('help')
  @Header('X-XSS-Protection', '1; mode=block')
  help() {
    return this.pages.renderHtml('help');
  }

  // Safe: an unrelated header.
  @Get('feed')
  @Header('Cache-Control', 'max-age=60')
  feed() {
    return this.pages.renderFeed();
  }
}
