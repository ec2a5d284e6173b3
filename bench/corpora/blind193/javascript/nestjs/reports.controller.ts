import { Controller, Get, Header, Param, ParseIntPipe, Query, Res, StreamableFile } from '@nestjs/common';
import { Response } from 'express';
import { ReportsService } from './reports.service';
import { ReportQueryDto } from './dto/report-query.dto';

// Reports for the back-office. Headers follow the security team's baseline:
// the legacy XSS auditor is switched off (it is gone from current browsers and
// could be abused for cross-site leaks); CSP is set globally by helmet.
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @Header('X-XSS-Protection', '0')
  async list(@Query() query: ReportQueryDto) {
    return this.reports.list(query);
  }

  @Get(':id')
  @Header('Cache-Control', 'private, max-age=60')
  async findOne(@Param('id', ParseIntPipe) id: number) {
    return this.reports.findOne(id);
  }

  @Get(':id/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  async csv(@Param('id', ParseIntPipe) id: number): Promise<StreamableFile> {
    const stream = await this.reports.csvStream(id);
    return new StreamableFile(stream);
  }

  @Get(':id/print')
  @Header('X-Frame-Options', 'DENY')
  @Header('x-xss-protection', '0')
  async print(@Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    const report = await this.reports.findOne(id);
    res.render('reports/print', { report });
  }
}
