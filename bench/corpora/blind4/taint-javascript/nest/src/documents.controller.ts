import { BadRequestException, Body, Controller, Get, Param, Post, Query, Redirect, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFile, exec } from 'node:child_process';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

const STORAGE = path.resolve('/srv/documents');

@Controller('documents')
export class DocumentsController {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly http: HttpService) {}

  @Get()
  async list(@Query('owner') owner: string) {
    return this.ds.query('SELECT id, title FROM documents WHERE owner = $1', [owner]);
  }

  @Get('by-tag')
  async byTag(@Query('tag') tag: string) {
    // expect: tainted-sql
    return this.ds.query(`SELECT id, title FROM documents WHERE '${tag}' = ANY(tags)`);
  }

  @Get('recent')
  async recent(@Query('folder') folder: string) {
    const qb = this.ds.createQueryBuilder().select('d.id').from('documents', 'd');
    // expect: tainted-sql
    qb.where(`d.folder = '${folder}'`);
    return qb.getRawMany();
  }

  @Get('recent2')
  async recentSafe(@Query('folder') folder: string) {
    return this.ds.createQueryBuilder().select('d.id').from('documents', 'd').where('d.folder = :folder', { folder }).getRawMany();
  }

  @Get(':id/download')
  download(@Param('id') id: string, @Res() res: Response) {
    // expect: tainted-path
    fs.createReadStream(path.join(STORAGE, id)).pipe(res);
  }

  @Get(':id/download2')
  downloadSafe(@Param('id') id: string, @Res() res: Response) {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new BadRequestException('bad id');
    fs.createReadStream(path.join(STORAGE, id)).pipe(res);
  }

  @Post('convert')
  convert(@Body() body: { id: string; format: string }) {
    // expect: tainted-command
    exec(`soffice --headless --convert-to ${body.format} ${STORAGE}/${body.id}`);
    return { queued: true };
  }

  @Post('convert2')
  convertSafe(@Body() body: { id: string; format: 'pdf' | 'docx' }) {
    const format = body.format === 'docx' ? 'docx' : 'pdf';
    execFile('soffice', ['--headless', '--convert-to', format, path.join(STORAGE, path.basename(body.id))]);
    return { queued: true };
  }

  @Post('fetch')
  async fetchRemote(@Body('url') url: string) {
    // expect: tainted-ssrf
    const res = await firstValueFrom(this.http.get(url));
    return { size: JSON.stringify(res.data).length };
  }

  @Get('open')
  @Redirect()
  open(@Query('to') to: string) {
    // expect: tainted-redirect
    return { url: to };
  }
}
