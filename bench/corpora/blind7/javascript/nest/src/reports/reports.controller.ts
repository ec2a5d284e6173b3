import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Redirect,
  Res,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Response } from 'express';
import { exec } from 'child_process';
import { promisify } from 'util';
import { join } from 'path';
import { DataSource } from 'typeorm';

const run = promisify(exec);
const REPORT_DIR = '/srv/reports';
const FORMATS = ['pdf', 'csv', 'xlsx'] as const;

class GenerateDto {
  name!: string;
  format!: string;
}

@Controller('reports')
export class ReportsController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get(':id')
  async findOne(@Param('id', ParseIntPipe) id: number) {
    return this.db.query('SELECT * FROM reports WHERE id = $1', [id]);
  }

  @Get()
  async list(@Query('owner') owner: string) {
    // expect: sql-injection
    return this.db.query(`SELECT id, name FROM reports WHERE owner = '${owner}' ORDER BY id DESC`);
  }

  @Get('file/:name')
  download(@Param('name') name: string, @Res() res: Response) {
    // expect: path-traversal
    return res.sendFile(join(REPORT_DIR, name));
  }

  @Get('file-safe/:name')
  downloadSafe(@Param('name') name: string, @Res() res: Response) {
    return res.sendFile(name, { root: REPORT_DIR });
  }

  @Post('generate')
  async generate(@Body() dto: GenerateDto) {
    if (!FORMATS.includes(dto.format as (typeof FORMATS)[number])) {
      throw new BadRequestException('format');
    }
    // expect: command-injection
    const { stdout } = await run(`report-gen --name ${dto.name} --format ${dto.format}`);
    return { output: stdout };
  }

  @Get('go/back')
  @Redirect('/reports', 302)
  back(@Query('to') to?: string) {
    if (to) {
      // expect: open-redirect
      return { url: to };
    }
  }

  @Get('preview/:id')
  async preview(@Param('id', ParseIntPipe) id: number, @Query('title') title: string, @Res() res: Response) {
    const [report] = await this.db.query('SELECT body FROM reports WHERE id = $1', [id]);
    // expect: xss
    res.send(`<h1>${title}</h1><pre>${report?.body ?? ''}</pre>`);
  }
}
