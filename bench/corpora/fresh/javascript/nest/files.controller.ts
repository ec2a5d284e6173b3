import { Body, Controller, Get, Param, Post, Query, Redirect, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Response } from 'express';
import { execSync, execFileSync } from 'node:child_process';
import * as path from 'node:path';

@Controller('files')
export class FilesController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Get('search')
  async search(@Query('name') name: string) {
    // expect: sql-injection
    return this.ds.query(`SELECT id, name FROM files WHERE name ILIKE '%${name}%'`);
  }

  @Get('search-safe')
  async searchSafe(@Query('name') name: string) {
    return this.ds.query('SELECT id, name FROM files WHERE name ILIKE $1', [`%${name}%`]);
  }

  @Get('by-owner')
  async byOwner(@Query('owner') owner: string) {
    return this.ds.getRepository('File').createQueryBuilder('f').where('f.owner = :owner', { owner }).getMany();
  }

  @Get('by-owner-raw')
  async byOwnerRaw(@Query('owner') owner: string) {
    // expect: sql-injection
    return this.ds.getRepository('File').createQueryBuilder('f').where(`f.owner = '${owner}'`).getMany();
  }

  @Get(':id/download')
  download(@Param('id') id: string, @Query('name') name: string, @Res() res: Response) {
    // expect: path-traversal
    return res.sendFile(path.resolve('/srv/files', id, name));
  }

  @Post('checksum')
  checksum(@Body('file') file: string) {
    // expect: command-injection
    return execSync(`sha256sum /srv/files/${file}`).toString();
  }

  @Post('checksum-safe')
  checksumSafe(@Body('file') file: string) {
    return execFileSync('sha256sum', [path.join('/srv/files', path.basename(file))]).toString();
  }

  @Get('docs')
  @Redirect('https://docs.example.com/files', 302)
  docs() {
    return undefined;
  }

  @Get('continue')
  cont(@Query('next') next: string, @Res() res: Response) {
    // expect: open-redirect
    return res.redirect(next);
  }
}
