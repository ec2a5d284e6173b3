// library: NestJS controller (Express response, files, redirects)
import { Controller, Get, Param, Query, Redirect, Res } from '@nestjs/common';
import type { Response } from 'express';
import { createReadStream } from 'fs';
import { basename, join } from 'path';

const STORE = '/srv/nest/files';

@Controller('files')
export class FilesController {
  @Get('raw/:name')
  raw(@Param('name') name: string, @Res() res: Response) {
    // expect: path-traversal
    res.sendFile(join(STORE, name));
  }

  @Get('safe/:name')
  safe(@Param('name') name: string, @Res() res: Response) {
    res.sendFile(basename(name), { root: STORE });
  }

  @Get('stream')
  stream(@Query('path') path: string, @Res() res: Response) {
    // expect: path-traversal
    createReadStream(`${STORE}/${path}`).pipe(res);
  }

  @Get('go')
  @Redirect('/files', 302)
  go(@Query('to') to: string) {
    // expect: open-redirect
    return { url: to };
  }

  @Get('jump')
  jump(@Query('next') next: string, @Res() res: Response) {
    // expect: open-redirect
    res.redirect(next);
  }

  @Get('hello')
  hello(@Query('name') name: string, @Res() res: Response) {
    // expect: xss
    res.send(`<p>Files for ${name}</p>`);
  }
}
