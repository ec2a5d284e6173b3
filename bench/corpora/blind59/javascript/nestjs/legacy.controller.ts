import { Controller, Get, Header, Param, Post, Body, Res } from '@nestjs/common';
import { Response } from 'express';
import { ReportsService } from './reports.service';

@Controller('legacy')
export class LegacyController {
  constructor(private readonly reports: ReportsService) {}

  @Get('reports/:id')
  // expect: xss-filter-disabled
  @Header('X-XSS-Protection', '0')
  @Header('Cache-Control', 'no-store')
  async report(@Param('id') id: string) {
    return this.reports.renderHtml(id);
  }

  @Post('preview')
  // expect: xss-filter-disabled
  @Header('x-xss-protection', '0')
  preview(@Body() body: { markup: string }) {
    return this.reports.preview(body.markup);
  }

  // Look-alike: the filter left on in block mode.
  @Get('print/:id')
  @Header('X-XSS-Protection', '1; mode=block')
  print(@Param('id') id: string) {
    return this.reports.printable(id);
  }

  // Look-alike: other security headers.
  @Get('raw/:id')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  raw(@Param('id') id: string) {
    return this.reports.raw(id);
  }
}

@Controller('embed')
export class EmbedController {
  constructor(private readonly reports: ReportsService) {}

  // expect: xss-filter-disabled
  @Header("X-Xss-Protection", "0")
  @Get('chart/:id')
  chart(@Param('id') id: string) {
    return this.reports.chart(id);
  }

  @Get('table/:id')
  table(@Param('id') id: string, @Res() res: Response) {
    // expect: xss-filter-disabled
    res.setHeader('X-XSS-Protection', '0');
    res.send(this.reports.tableHtml(id));
  }
}
