import { Controller, Get, Param, Query, Res, UseGuards } from '@nestjs/common';
import { Response } from 'express';
import { TenancyGuard } from '../Tenancy/Tenancy.guard';
import { AttachmentsApplication } from './AttachmentsApplication';

@Controller('attachments')
@UseGuards(TenancyGuard)
export class AttachmentsController {
  constructor(private readonly attachmentsApplication: AttachmentsApplication) {}

  @Get(':id/presigned-url')
  async getPresignedUrl(@Param('id') documentKey: string) {
    const url = await this.attachmentsApplication.getPresignedUrl(documentKey);
    return { presignedUrl: url };
  }

  @Get('local/:key')
  async downloadLocal(
    @Param('key') key: string,
    @Query('checked') checked: string,
    @Res() res: Response,
  ) {
    const stream =
      checked === 'false'
        ? this.attachmentsApplication.openLocalFile(key)
        : this.attachmentsApplication.openLocalFileChecked(key);
    res.setHeader('Content-Disposition', 'attachment');
    stream.pipe(res);
  }
}
