import { Controller, Get, Header, Param, Query, Render } from '@nestjs/common';
import { LegacyPagesService } from './legacy-pages.service';

@Controller('legacy')
export class LegacyController {
  constructor(private readonly pages: LegacyPagesService) {}

  // expect: xss
  @Header('X-XSS-Protection', '0')
  @Get('search')
  @Render('legacy/search')
  search(@Query('q') q: string) {
    return { results: this.pages.search(q) };
  }

  @Get('page/:slug')
  // expect: xss
  @Header('x-xss-protection', '0')
  page(@Param('slug') slug: string) {
    return this.pages.render(slug);
  }

  @Header('Cache-Control', 'no-store')
  // expect: xss
  @Header("X-Xss-Protection", "0")
  @Get('print/:id')
  print(@Param('id') id: string) {
    return this.pages.printable(id);
  }

  @Get('health')
  @Header('X-XSS-Protection', '1; mode=block')
  health() {
    return { ok: true };
  }

  @Get('robots.txt')
  @Header('Content-Type', 'text/plain')
  robots() {
    return 'User-agent: *\nDisallow: /legacy/print/';
  }
}
