// library: @nestjs/common (file download controller)
import { Controller, Get, Param, Query, Res, NotFoundException } from '@nestjs/common';
import type { Response } from 'express';
import { createReadStream, existsSync } from 'fs';
import { join, resolve, sep, basename } from 'path';

const ROOT = resolve('/srv/reports');

@Controller('reports')
export class ReportsController {
  @Get('raw')
  raw(@Query('file') file: string, @Res() res: Response) {
    // expect: path-traversal
    createReadStream(join(ROOT, file)).pipe(res);
  }

  @Get('by-year/:year/:name')
  byYear(@Param('year') year: string, @Param('name') name: string, @Res() res: Response) {
    // expect: path-traversal
    res.download(join(ROOT, year, name));
  }

  @Get('safe')
  safe(@Query('file') file: string, @Res() res: Response) {
    const target = resolve(ROOT, file);
    if (!target.startsWith(ROOT + sep) || !existsSync(target)) throw new NotFoundException();
    createReadStream(target).pipe(res);
  }

  @Get('latest/:name')
  latest(@Param('name') name: string, @Res() res: Response) {
    res.sendFile(basename(name), { root: join(ROOT, 'latest') });
  }
}
