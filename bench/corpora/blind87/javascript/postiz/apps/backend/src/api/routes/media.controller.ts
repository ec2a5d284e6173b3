import { Controller, Get, Param, Query, Res, UploadedFile, Post, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { GetCustomerFromRequest, GetOrgFromRequest, Organization } from '../../../../../libraries/helpers/src/decorators/org.from.request';
import { MediaRepository } from '../../services/media/media.repository';
import { LocalStorage } from '../../services/media/local.storage';
import { PreviewService } from '../../services/posts/preview.service';

@Controller('/media')
export class MediaController {
  constructor(
    private readonly media: MediaRepository,
    private readonly storage: LocalStorage,
    private readonly preview: PreviewService,
  ) {}

  @Get('/')
  list(@GetOrgFromRequest() org: Organization, @Query('page') page: string, @GetCustomerFromRequest() customer?: string) {
    return this.media.getMedia(org.id, parseInt(page, 10) || 1, customer);
  }

  @Get('/by-name/:name')
  byName(@GetOrgFromRequest() org: Organization, @Param('name') name: string) {
    return this.media.getMediaByName(org.id, name);
  }

  @Post('/upload-simple')
  @UseInterceptors(FileInterceptor('file'))
  upload(@GetOrgFromRequest() org: Organization, @UploadedFile() file: Express.Multer.File) {
    return this.storage.uploadSimple(org.id, file.originalname, file.buffer);
  }

  @Get('/file')
  async file(@GetOrgFromRequest() org: Organization, @Query('path') path: string, @Res() res: Response) {
    res.send(await this.storage.readByPath(org.id, path));
  }

  @Get('/comment-preview')
  comment(@Query('author') author: string, @Query('content') content: string, @Res() res: Response) {
    res.type('html').send(this.preview.renderComment(author, content));
  }

  @Get('/share-preview')
  share(@Query('title') title: string, @Query('content') content = '', @Res() res: Response) {
    const html = this.preview.renderShare(title, content);
    // expect: xss
    res.type('html').send(html);
  }
}
