import { Body, Controller, Get, Post, Query, Res, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { Response } from 'express';
import { CurrentTenant, TenantGuard } from '../common/guards/tenant.guard';
import { DocumentsService } from './documents.service';
import { CreateDocumentDto, ListDocumentsQuery } from './dto/create-document.dto';

const APP_ORIGIN = process.env.APP_ORIGIN ?? 'https://docs.example.com';

@Controller('documents')
@UseGuards(AuthGuard('jwt'), TenantGuard)
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get()
  list(@CurrentTenant('id') tenantId: string, @Query() query: ListDocumentsQuery) {
    return this.documents.list(tenantId, query.folder);
  }

  @Get('v2')
  listSafe(@CurrentTenant('id') tenantId: string, @Query() query: ListDocumentsQuery) {
    return this.documents.listSafe(tenantId, query.folder);
  }

  @Get('search')
  search(@CurrentTenant('id') tenantId: string, @Query('q') q = '') {
    return this.documents.search(tenantId, q);
  }

  @Get('search/v2')
  searchSafe(@CurrentTenant('id') tenantId: string, @Query('q') q = '') {
    return this.documents.searchSafe(tenantId, q);
  }

  @Post()
  create(@CurrentTenant('id') tenantId: string, @Body() dto: CreateDocumentDto) {
    return this.documents.create(tenantId, dto);
  }

  @Post('v2')
  createSafe(@CurrentTenant('id') tenantId: string, @Body() dto: CreateDocumentDto) {
    return this.documents.createSafe(tenantId, dto);
  }

  @Get('open')
  open(@Query('continue') next: string, @Res() res: Response) {
    const target = next || '/documents';
    // expect: open-redirect
    return res.redirect(target);
  }

  @Get('open/v2')
  openSafe(@Query('continue') next: string, @Res() res: Response) {
    const url = new URL(next || '/documents', APP_ORIGIN);
    return res.redirect(url.origin === APP_ORIGIN ? url.pathname + url.search : '/documents');
  }
}
