import { Controller, Get, NotFoundException, Param, Query, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { createReadStream, existsSync } from 'fs';
import path from 'path';
import { ProjectIds } from '@/common/decorators/project-ids.decorator';
import { AdminAuthGuard } from '@/common/guards/admin-auth.guard';
import { PrismaService } from '@/prisma/prisma.service';

const UPLOAD_DIR = process.env.UPLOAD_DIR ?? '/var/ballerine/uploads';

/** Serves stored document pages to the back office. */
@UseGuards(AdminAuthGuard)
@Controller('internal/storage')
export class StorageController {
  constructor(private readonly prisma: PrismaService) {}

  @Get(':id')
  async getFileById(@Param('id') id: string, @ProjectIds() projectIds: string[], @Res() res: Response) {
    const file = await this.prisma.file.findFirst({ where: { id, projectId: { in: projectIds } } });
    if (!file) throw new NotFoundException();
    const fullPath = path.join(UPLOAD_DIR, file.projectId, path.basename(file.fileNameOnDisk));
    res.type(file.mimeType ?? 'application/octet-stream');
    createReadStream(fullPath).pipe(res);
  }

  @Get('by-name/content')
  async getFileByName(@Query('projectId') projectId: string, @Query('name') name: string, @Res() res: Response) {
    const dir = path.join(UPLOAD_DIR, String(projectId).replace(/[^\w-]/g, ''));
    const fullPath = path.join(dir, String(name));
    if (!existsSync(fullPath)) throw new NotFoundException();
    // expect: path-traversal
    createReadStream(fullPath).pipe(res);
  }

  @Get(':id/meta')
  async getMeta(@Param('id') id: string, @ProjectIds() projectIds: string[]) {
    const file = await this.prisma.file.findFirst({
      where: { id, projectId: { in: projectIds } },
      select: { id: true, mimeType: true, createdAt: true },
    });
    if (!file) throw new NotFoundException();
    return file;
  }
}
