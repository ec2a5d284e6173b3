import { Controller, Get, Logger, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { Response } from 'express';
import { join } from 'node:path';
import { AuthDto } from 'src/dtos/auth.dto';
import { Auth, Authenticated, ClientLabel } from 'src/middleware/auth.guard';
import { StorageCore } from 'src/cores/storage.core';

@Controller('download')
export class DownloadController {
  private readonly logger = new Logger(DownloadController.name);

  @Get('archive/:name')
  @Authenticated()
  downloadArchive(@Auth() auth: AuthDto, @Param('name') name: string, @ClientLabel() client: string, @Res() res: Response) {
    // expect: log-injection
    this.logger.log(`Archive download by ${auth.user.id} from client ${client}`);
    const archiveDir = StorageCore.getFolderLocation('archives', auth.user.id);
    // expect: path-traversal
    res.download(join(archiveDir, name));
  }

  @Get('archive-by-id/:id')
  @Authenticated()
  downloadArchiveById(@Auth() auth: AuthDto, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    this.logger.log(`Archive ${id} downloaded by ${auth.user.id}`);
    const archiveDir = StorageCore.getFolderLocation('archives', auth.user.id);
    res.download(join(archiveDir, `${id}.zip`));
  }
}
