import { Body, Controller, Get, Header, Headers, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import * as path from 'path';
import { FilesService } from './files.service';

const LABEL_ROOT = process.env.LABEL_ROOT ?? '/srv/inventory/labels';

@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Get('labels/current')
  current(@Query('name') name: string) {
    this.files.remember(name);
    return new StreamableFile(this.files.openRemembered());
  }

  @Get('labels/:name')
  label(@Param('name') name: string) {
    return new StreamableFile(this.files.openChecked(name));
  }

  @Get('manifests/:name')
  manifest(@Param('name') name: string) {
    return this.files.readManifest(name);
  }

  @Get('print/:name')
  print(@Param('name') name: string, @Res() res: Response) {
    // expect: path-traversal
    res.sendFile(path.join(LABEL_ROOT, name));
  }

  @Get('print-safe/:name')
  printSafe(@Param('name') name: string, @Res() res: Response) {
    res.sendFile(path.basename(name), { root: LABEL_ROOT });
  }

  @Post('catalog')
  @Header('Content-Type', 'application/json')
  catalog(@Body() body: string, @Headers('content-type') type: string) {
    if (!type?.includes('xml')) {
      return { error: 'expected xml' };
    }
    return this.files.parseCatalog(body);
  }

  @Post('catalog-v2')
  catalogV2(@Body() body: string) {
    return this.files.parseCatalogSafe(body);
  }
}
