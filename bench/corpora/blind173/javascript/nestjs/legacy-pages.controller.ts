import { Controller, Get, Header, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { PagesService } from './pages.service';

// Server-rendered pages kept for old clients. Headers follow the OWASP secure-headers guidance:
// the legacy XSS auditor is switched off explicitly and a CSP does the real work.
@Controller('legacy')
export class LegacyPagesController {
  constructor(private readonly pages: PagesService) {}

  @Get('help/:slug')
  @Header('Content-Security-Policy', "default-src 'self'; object-src 'none'; base-uri 'none'")
  @Header('X-XSS-Protection', '0')
  async help(@Param('slug') slug: string): Promise<string> {
    return this.pages.renderHelp(slug);
  }

  @Get('orders/:id/print')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('X-XSS-Protection', '0')
  async printable(@Param('id', ParseIntPipe) id: number): Promise<string> {
    return this.pages.renderPrintableOrder(id);
  }

  @Get('search')
  @Header('Content-Security-Policy', "default-src 'self'")
  @Header('X-Frame-Options', 'DENY')
  async search(@Query('q') q: string): Promise<string> {
    return this.pages.renderSearch(q ?? '');
  }

  @Get('status')
  @Header('Cache-Control', 'no-store')
  status(): { ok: boolean } {
    return { ok: true };
  }

  @Get('download/:id')
  async download(@Param('id', ParseIntPipe) id: number, @Res() res: Response): Promise<void> {
    const file = await this.pages.exportFor(id);
    res.setHeader('Content-Disposition', `attachment; filename="export-${id}.csv"`);
    res.setHeader('X-XSS-Protection', '0');
    res.type('text/csv').send(file);
  }
}
