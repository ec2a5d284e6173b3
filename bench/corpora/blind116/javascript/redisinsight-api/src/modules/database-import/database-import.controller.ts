import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { DatabaseImportService } from './database-import.service';

@Controller('databases')
export class DatabaseImportController {
  constructor(private readonly service: DatabaseImportService) {}

  @Post('import')
  @UseInterceptors(FileInterceptor('file'))
  async import(@UploadedFile() file: Express.Multer.File) {
    return this.service.import(file);
  }
}
