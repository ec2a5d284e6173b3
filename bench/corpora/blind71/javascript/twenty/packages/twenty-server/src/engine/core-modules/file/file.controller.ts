import { BadRequestException, Controller, Get, NotFoundException, Param, Query, Res, UseGuards } from '@nestjs/common';
import { Response } from 'express';

import { AuthWorkspace, AuthWorkspaceEntity, WorkspaceAuthGuard } from '../../guards/workspace-auth.guard';
import { ALLOWED_FOLDERS, FileService } from './file.service';

const THUMBNAIL_SIZES = ['original', 'small', 'medium'];

@Controller('files')
@UseGuards(WorkspaceAuthGuard)
export class FileController {
  constructor(private readonly fileService: FileService) {}

  @Get(':folder/:filename')
  async getFile(
    @Param('folder') folder: string,
    @Param('filename') filename: string,
    @AuthWorkspace() workspace: AuthWorkspaceEntity,
    @Res() res: Response,
  ) {
    if (!ALLOWED_FOLDERS.includes(folder)) {
      throw new BadRequestException('Unknown folder');
    }
    try {
      const stream = await this.fileService.getFileStream(workspace.id, folder, filename);
      stream.pipe(res);
    } catch {
      throw new NotFoundException('File not found');
    }
  }

  @Get(':folder/:filename/thumbnail')
  async getThumbnail(
    @Param('folder') folder: string,
    @Param('filename') filename: string,
    @Query('size') size: string,
    @AuthWorkspace() workspace: AuthWorkspaceEntity,
    @Res() res: Response,
  ) {
    const chosen = THUMBNAIL_SIZES.includes(size) ? size : 'small';
    const stream = await this.fileService.getThumbnailStream(workspace.id, folder, filename, chosen);
    stream.on('error', () => res.status(404).end());
    stream.pipe(res);
  }
}
