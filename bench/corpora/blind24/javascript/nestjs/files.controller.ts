import { BadRequestException, Controller, Get, Query, Res, Param } from '@nestjs/common';
import { Response } from 'express';
import { createReadStream } from 'fs';
import * as path from 'path';

const ROOT = path.resolve('/srv/exports');

@Controller('files')
export class FilesController {
  @Get('raw')
  raw(@Query('name') name: string, @Res() res: Response) {
    // expect: path-traversal
    createReadStream(path.join(ROOT, name)).pipe(res);
  }

  @Get('safe')
  safe(@Query('name') name: string, @Res() res: Response) {
    const full = path.resolve(ROOT, name);
    if (!full.startsWith(ROOT + path.sep)) throw new BadRequestException();
    createReadStream(full).pipe(res);
  }

  @Get('go')
  go(@Query('to') to: string, @Res() res: Response) {
    // expect: open-redirect
    return res.redirect(to);
  }

  @Get('hello/:name')
  hello(@Param('name') name: string, @Res() res: Response) {
    // expect: xss
    res.send(`<p>Hello ${name}</p>`);
  }

  @Get('hello-json/:name')
  helloJson(@Param('name') name: string) {
    return { greeting: `Hello ${name}` };
  }
}
