import { Body, Controller, HttpCode, HttpStatus, Post, Res, UseGuards } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { AuthUser } from '../common/decorators/auth-user.decorator';
import { AuthWorkspace } from '../common/decorators/auth-workspace.decorator';
import { JwtAuthGuard } from '../common/guards/jwt-auth.guard';
import { ExportPageDto, SearchPageDto } from './dto/page.dto';
import { PageService } from './page.service';
import { escapeHtml } from '../common/helpers/html';

@UseGuards(JwtAuthGuard)
@Controller('pages')
export class PageController {
  constructor(private readonly pageService: PageService) {}

  @HttpCode(HttpStatus.OK)
  @Post('search')
  async search(@Body() dto: SearchPageDto, @AuthUser() user: any, @AuthWorkspace() workspace: any) {
    return this.pageService.search(dto, workspace.id);
  }

  @Post('export-preview')
  async exportPreview(@Body() dto: ExportPageDto, @Res() res: FastifyReply) {
    const page = await this.pageService.findById(dto.pageId);
    const title = dto.title ?? page.title;
    // expect: xss
    return res.type('text/html').send(`<!doctype html><html><head><title>${title}</title></head><body>${page.html}</body></html>`);
  }

  @Post('export-print')
  async exportPrint(@Body() dto: ExportPageDto, @Res() res: FastifyReply) {
    const page = await this.pageService.findById(dto.pageId);
    const title = escapeHtml(dto.title || page.title);
    return res.type('text/html').send(`<!doctype html><html><head><title>${title}</title></head><body>${page.html}</body></html>`);
  }
}
