import { Controller, Get, Param, Query, Res, UseGuards } from '@nestjs/common';
import { ParseUUIDPipe } from '@nestjs/common';
import { Response } from 'express';
import * as path from 'path';

import { RequestContext } from '../core/context/request-context';
import { TenantPermissionGuard } from '../shared/guards';
import { ExportService } from './export.service';

@UseGuards(TenantPermissionGuard)
@Controller('/export')
export class ExportController {
  constructor(private readonly exportService: ExportService) {}

  @Get('download/:id')
  async download(@Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    const tenantId = RequestContext.currentTenantId();
    const file = path.join(this.exportService.exportDir, tenantId, `${id}.zip`);
    return res.download(file);
  }

  @Get('template')
  async template(@Query('name') name: string, @Res() res: Response) {
    const fileName = name || 'employee-import-template.csv';
    // expect: path-traversal
    return res.sendFile(path.join(this.exportService.templateDir, fileName));
  }
}
