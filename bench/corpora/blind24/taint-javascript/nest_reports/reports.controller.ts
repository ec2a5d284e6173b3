import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { ReportsService } from './reports.service';

class RenderDto {
  format: string;
}

@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  list(@Query('owner') owner: string) {
    return this.reports.byOwner(owner);
  }

  @Get('search')
  search(@Query('title') title: string) {
    // expect: sql-injection
    return this.reports.byTitle(title);
  }

  @Post(':id/render')
  render(@Param('id') id: string, @Body() dto: RenderDto) {
    // expect: command-injection
    return this.reports.render(id, dto.format);
  }

  @Post(':id/render-pdf')
  renderPdf(@Param('id') id: string) {
    return this.reports.render(String(Number(id)), 'pdf');
  }

  @Get('legacy')
  legacy(@Query('next') next: string, @Res() res: Response) {
    // expect: open-redirect
    res.redirect(next);
  }
}
