import { Body, Controller, Get, Param, Post, Res, UsePipes, ValidationPipe } from '@nestjs/common';
import { Response } from 'express';
import { CustomTutorialService } from './custom-tutorial.service';
import { UploadCustomTutorialDto, UploadTrustedTutorialDto } from './dto/upload.custom-tutorial.dto';

@Controller('custom-tutorials')
@UsePipes(new ValidationPipe({ transform: true }))
export class CustomTutorialController {
  constructor(private readonly service: CustomTutorialService) {}

  @Post('')
  async create(@Body() dto: UploadCustomTutorialDto) {
    return this.service.create(dto);
  }

  @Post('trusted')
  async createTrusted(@Body() dto: UploadTrustedTutorialDto) {
    return this.service.create({ link: dto.link, name: 'tutorial' });
  }

  @Get(':id/manifest')
  async manifest(@Param('id') id: string, @Res() res: Response) {
    return res.json(await this.service.getManifest(id));
  }
}
