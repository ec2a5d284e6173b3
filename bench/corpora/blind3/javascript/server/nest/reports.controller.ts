import { BadRequestException, Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Response } from 'express';
import { DataSource } from 'typeorm';
import * as path from 'path';
import * as fs from 'fs';
import puppeteer from 'puppeteer';

const REPORT_DIR = '/srv/reports';
const FORMATS = new Set(['pdf', 'png']);

@Controller('reports')
export class ReportsController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Get('by-region')
  async byRegion(@Query('region') region: string) {
    // expect: sql-injection
    return this.ds.query(`SELECT * FROM report WHERE region = '${region}'`);
  }

  @Get('by-region/safe')
  async byRegionSafe(@Query('region') region: string) {
    return this.ds.query('SELECT * FROM report WHERE region = $1', [region]);
  }

  @Get('file/:name')
  download(@Param('name') name: string, @Res() res: Response) {
    // expect: path-traversal
    fs.createReadStream(path.join(REPORT_DIR, name)).pipe(res);
  }

  @Get('file-safe/:name')
  downloadSafe(@Param('name') name: string, @Res() res: Response) {
    const base = path.basename(name);
    res.sendFile(base, { root: REPORT_DIR });
  }

  @Post('render')
  async render(@Body() body: { url: string; format: string }) {
    if (!FORMATS.has(body.format)) throw new BadRequestException('format');
    const browser = await puppeteer.launch();
    const page = await browser.newPage();
    // expect: ssrf
    await page.goto(body.url, { waitUntil: 'networkidle0' });
    const out = body.format === 'pdf' ? await page.pdf() : await page.screenshot();
    await browser.close();
    return out;
  }
}
