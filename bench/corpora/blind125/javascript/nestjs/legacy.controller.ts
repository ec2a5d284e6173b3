import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { LegacyService } from './legacy.service';

// Pages still rendered server-side for the old intranet portal.
@Controller('legacy')
export class LegacyController {
  constructor(private readonly legacy: LegacyService) {}

  @Get('search')
  // expect: xss
  @Header('X-XSS-Protection', '0')
  search(@Query('q') q: string) {
    return this.legacy.renderSearch(q);
  }

  @Get('pages/:slug')
  @Header('Content-Type', 'text/html')
  // expect: xss
  @Header('x-xss-protection', '0')
  page(@Param('slug') slug: string) {
    return this.legacy.renderPage(slug);
  }

  // Safe look-alikes: the filter left on, unrelated headers.
  @Get('help')
  @Header('X-XSS-Protection', '1; mode=block')
  help() {
    return this.legacy.renderHelp();
  }

  @Get('export')
  @Header('Cache-Control', 'no-store')
  export() {
    return this.legacy.exportCsv();
  }
}

@Controller('widgets')
export class WidgetController {
  constructor(private readonly legacy: LegacyService) {}

  @Get('embed')
  // expect: xss
  @Header('X-Xss-Protection', '0')
  embed(@Query('id') id: string) {
    return this.legacy.renderWidget(id);
  }
}
