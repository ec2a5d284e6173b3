import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Response } from 'express';
import { execSync } from 'child_process';
import * as vm from 'vm';

@Controller('reports')
export class ReportsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('by-owner')
  async byOwner(@Query('owner') owner: string) {
    // expect: sql-injection
    return this.dataSource.query(`SELECT * FROM reports WHERE owner = '${owner}'`);
  }

  @Get('by-owner-safe')
  async byOwnerSafe(@Query('owner') owner: string) {
    return this.dataSource.query('SELECT * FROM reports WHERE owner = $1', [owner]);
  }

  @Get(':id/raw')
  async raw(@Param('id') id: string, @Res() res: Response) {
    const rows = await this.dataSource.query('SELECT body FROM reports WHERE id = $1', [id]);
    res.type('text/plain').send(rows[0]?.body ?? '');
  }

  @Get(':id/title')
  async title(@Param('id') id: string, @Res() res: Response) {
    // expect: xss
    res.send('<title>' + id + '</title>');
  }

  @Post('render')
  render(@Body() dto: { script: string }) {
    const sandbox = { total: 0 };
    // expect: code-injection
    vm.runInNewContext(dto.script, sandbox);
    return sandbox;
  }

  @Post('export')
  exportReport(@Body('format') format: string) {
    const cmd = 'report-export --format ' + format;
    // expect: command-injection
    return execSync(cmd).toString();
  }

  @Get('version')
  version() {
    return execSync('report-export --version').toString();
  }
}
