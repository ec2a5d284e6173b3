import { Controller, Get, NotFoundException, Param, Query, StreamableFile } from '@nestjs/common';

import { Roles } from '@/utils/decorators/roles.decorator';

import { AttachmentService } from '../services/attachment.service';

@Controller('attachment')
export class AttachmentController {
  constructor(private readonly attachmentService: AttachmentService) {}

  /** GET /attachment/download/:id/:filename? : file of a stored attachment. */
  @Roles('public')
  @Get('download/:id/:filename?')
  async download(@Param('id') id: string): Promise<StreamableFile> {
    const attachment = await this.attachmentService.findOne(id);
    if (!attachment) throw new NotFoundException('Attachment not found');
    return this.attachmentService.download(attachment);
  }

  /** GET /attachment/avatar?name=... : avatars shipped with channel plugins. */
  @Roles('public')
  @Get('avatar')
  async avatar(@Query('name') name: string): Promise<StreamableFile> {
    if (!name) throw new NotFoundException();
    return this.attachmentService.readPluginAsset(name);
  }

  /** GET /attachment/:id : metadata shown in the media library. */
  @Get(':id')
  async findOne(@Param('id') id: string) {
    const attachment = await this.attachmentService.findOne(id);
    if (!attachment) throw new NotFoundException('Attachment not found');
    const { name, type, size, createdAt } = attachment;
    return { id, name, type, size, createdAt };
  }
}
