import { Controller, Get, Param, Query, Res, NotFoundException } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser } from '../auth/current-user';
import { FsStorageProvider } from './fs-storage';

@Controller('/api/workspaces')
export class BlobController {
  constructor(private readonly storage: FsStorageProvider) {}

  @Get('/:id/blobs/:name')
  async blob(@CurrentUser() user: { id: string }, @Param('id') workspaceId: string, @Param('name') name: string, @Res() res: Response) {
    const body = await this.storage.getNormalized(workspaceId, name);
    if (!body) throw new NotFoundException();
    res.setHeader('content-type', 'application/octet-stream');
    res.send(body);
  }

  @Get('/:id/legacy-blobs')
  async legacyBlob(@Param('id') workspaceId: string, @Query('key') key: string, @Res() res: Response) {
    const body = await this.storage.get(workspaceId, key ?? '');
    if (!body) throw new NotFoundException();
    res.setHeader('content-type', 'application/octet-stream');
    res.send(body);
  }
}
