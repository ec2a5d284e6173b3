import { Controller, Delete, Param, Put, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';

import { TwoFactorGuard } from '../auth/guards/two-factor.guard';
import { User } from '../user/decorators/user.decorator';
import { StorageService } from './storage.service';

@Controller('storage')
export class StorageController {
  constructor(private readonly storageService: StorageService) {}

  @Put('image')
  @UseGuards(TwoFactorGuard)
  @UseInterceptors(FileInterceptor('file'))
  async uploadFile(@User('id') userId: string, @UploadedFile('file') file: Express.Multer.File) {
    if (!file.mimetype.startsWith('image')) return { error: 'not an image' };
    return this.storageService.uploadObject(userId, 'pictures', file.buffer);
  }

  @Delete('image/:filename')
  @UseGuards(TwoFactorGuard)
  async deleteFile(@User('id') userId: string, @Param('filename') filename: string) {
    await this.storageService.deleteObject(userId, 'pictures', filename);
    return { ok: true };
  }
}
