import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { join, normalize, resolve, sep } from 'node:path';

const STORAGE_PATH = resolve(process.env.STORAGE_PATH ?? '.assets/uploads');

@Controller('api/attachments')
export class AttachmentsController {
  @Get('read/:bucket/:token')
  read(@Param('bucket') bucket: string, @Param('token') token: string, @Query('filename') filename: string, @Res() res: Response) {
    const target = resolve(STORAGE_PATH, bucket, token);
    if (!target.startsWith(STORAGE_PATH + sep)) {
      return res.status(400).end();
    }
    res.attachment(encodeURIComponent(filename || token));
    return res.sendFile(target);
  }

  @Get('thumbnail/:bucket')
  thumbnail(@Param('bucket') bucket: string, @Query('path') path: string, @Res() res: Response) {
    const relative = normalize(path ?? 'default.png');
    // expect: path-traversal
    return res.sendFile(join(STORAGE_PATH, bucket, 'thumbnails', relative));
  }
}
