import { Controller, Get, Param, Query, Res, UseGuards } from '@nestjs/common';
import { Response } from 'express';
import { JwtGuard } from 'src/auth/guard/jwt.guard';
import { GetUser } from 'src/auth/decorator/getUser.decorator';
import { User } from '@prisma/client';
import { ShareService } from './share.service';
import { FileService } from 'src/file/file.service';

@Controller('shares')
export class ShareController {
  constructor(private shareService: ShareService, private fileService: FileService) {}

  @Get()
  @UseGuards(JwtGuard)
  async search(@GetUser() user: User, @Query('q') q: string, @Query('exact') exact?: string) {
    if (exact === 'true') return this.shareService.findByName(user.id, q);
    return this.shareService.searchByName(user.id, q);
  }

  @Get(':id/zip')
  async getZip(@Param('id') id: string, @Res() res: Response) {
    const zip = this.fileService.getZip(id);
    res.set({ 'Content-Type': 'application/zip', 'Content-Disposition': 'attachment; filename="pingvin-share.zip"' });
    zip.pipe(res);
  }

  @Get(':id/files/:fileId')
  async getFile(@Param('id') id: string, @Param('fileId') fileId: string, @Res() res: Response) {
    const file = await this.fileService.get(id, fileId);
    res.set({ 'Content-Type': file.metaData.mimeType });
    file.file.pipe(res);
  }
}
