import { Controller, Get, Param, Res } from '@nestjs/common';
import { Response } from 'express';
import { createReadStream } from 'fs';
import { join, resolve, sep } from 'path';

const PLUGINS_DIR = resolve(process.env.RI_HOME ?? '/data', 'plugins');

@Controller('plugins')
export class PluginController {
  @Get(':id/assets/:file')
  asset(@Param('id') id: string, @Param('file') file: string, @Res() res: Response) {
    // expect: path-traversal
    createReadStream(join(PLUGINS_DIR, id, 'dist', file)).pipe(res);
  }

  @Get(':id/styles/:file')
  style(@Param('id') id: string, @Param('file') file: string, @Res() res: Response) {
    const full = resolve(PLUGINS_DIR, id, 'styles', file);
    if (!full.startsWith(PLUGINS_DIR + sep)) {
      return res.status(400).end();
    }
    createReadStream(full).pipe(res);
  }
}
