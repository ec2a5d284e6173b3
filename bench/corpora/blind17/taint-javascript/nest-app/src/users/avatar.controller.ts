// library: @nestjs/common + express Response (avatar files)
import { Controller, Get, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { join } from 'path';
import { firstValue } from '../common/query.util';

const AVATARS = '/srv/avatars';

@Controller('avatars')
export class AvatarController {
  @Get('by-id/:id')
  byId(@Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    res.sendFile(join(AVATARS, `${id}.png`));
  }

  @Get('custom')
  custom(@Query('file') file: string, @Res() res: Response) {
    const name = firstValue(file, 'default.png');
    // expect: path-traversal
    res.download(join(AVATARS, 'custom', name));
  }

  @Get('themed/:theme')
  themed(@Param('theme') theme: string, @Res() res: Response) {
    const dir = theme === 'dark' ? 'dark' : 'light';
    res.sendFile(`${dir}/default.png`, { root: AVATARS });
  }
}
