// library: NestJS (StreamableFile / res.sendFile with route params)
import { Controller, Get, NotFoundException, Param, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { createReadStream, existsSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';

const ROOT = resolve(process.cwd(), 'exports');

@Controller('exports')
export class FilesController {
  @Get('raw')
  raw(@Query('name') name: string) {
    // expect: path-traversal
    return new StreamableFile(createReadStream(join(ROOT, name)));
  }

  @Get('checked/:name')
  checked(@Param('name') name: string) {
    const target = resolve(ROOT, name);
    if (!target.startsWith(ROOT + sep) || !existsSync(target)) throw new NotFoundException();
    return new StreamableFile(createReadStream(target));
  }

  @Get('send/:name')
  send(@Param('name') name: string, @Res() res: Response) {
    // expect: path-traversal
    return res.sendFile(join(ROOT, name));
  }

  @Get('base/:name')
  base(@Param('name') name: string, @Res() res: Response) {
    return res.sendFile(basename(name), { root: ROOT });
  }
}
