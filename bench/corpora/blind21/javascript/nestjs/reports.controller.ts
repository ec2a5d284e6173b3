// nestjs: a reports controller (raw SQL through TypeORM, file downloads, redirects, HTML)
import { BadRequestException, Controller, Get, Header, Param, ParseIntPipe, Query, Redirect, Res, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Response } from 'express';
import { createReadStream } from 'fs';
import { join, basename } from 'path';

const EXPORT_DIR = '/var/app/exports';

@Controller('reports')
export class ReportsController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get(':id')
  async byId(@Param('id', ParseIntPipe) id: number) {
    return this.db.query('SELECT * FROM reports WHERE id = $1', [id]);
  }

  @Get()
  async list(@Query('owner') owner: string, @Query('status') status = 'ready') {
    // expect: sql-injection
    return this.db.query(`SELECT id, title FROM reports WHERE owner = '${owner}' AND status = '${status}'`);
  }

  @Get('download/:file')
  download(@Param('file') file: string): StreamableFile {
    // expect: path-traversal
    return new StreamableFile(createReadStream(join(EXPORT_DIR, file)));
  }

  @Get('download-safe/:file')
  downloadSafe(@Param('file') file: string): StreamableFile {
    return new StreamableFile(createReadStream(join(EXPORT_DIR, basename(file))));
  }

  @Get('open')
  open(@Query('next') next: string, @Res() res: Response) {
    // expect: open-redirect
    return res.redirect(next);
  }

  @Get('docs')
  @Redirect('https://docs.example.com', 302)
  docs(@Query('version') version: string) {
    if (version && /^\d+\.\d+$/.test(version)) {
      return { url: `https://docs.example.com/v${version}/reports` };
    }
  }

  @Get('go')
  @Redirect()
  go(@Query('to') to: string) {
    // expect: open-redirect
    return { url: to, statusCode: 302 };
  }

  @Get('preview/:id')
  @Header('Content-Type', 'text/html')
  async preview(@Param('id', ParseIntPipe) id: number, @Query('title') title: string) {
    const [report] = await this.db.query('SELECT body FROM reports WHERE id = $1', [id]);
    if (!report) throw new BadRequestException('no such report');
    // expect: xss
    return `<html><head><title>${title}</title></head><body><pre>${escape(report.body)}</pre></body></html>`;
  }

  @Get('summary/:id')
  async summary(@Param('id', ParseIntPipe) id: number) {
    const [row] = await this.db.query('SELECT title, created_at FROM reports WHERE id = $1', [id]);
    return { title: row?.title, createdAt: row?.created_at };
  }
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
