import { Body, Controller, ForbiddenException, Get, Param, Post, Query, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from '../modules/auth/jwt-auth.guard';
import { User, OrganizationId } from '../decorators/user.decorator';
import { DataQueriesService } from '../services/data_queries.service';
import { TooljetDbService } from '../services/tooljet_db.service';
import { PreviewQueryDto, RunQueryDto, TableRowsQueryDto } from '../dto/data-query.dto';

@Controller('data_queries')
@UseGuards(JwtAuthGuard)
export class DataQueriesController {
  constructor(private dataQueriesService: DataQueriesService, private tooljetDbService: TooljetDbService) {}

  @Post(':id/run')
  async runQuery(@User() user, @Param('id') dataQueryId: string, @Body() body: RunQueryDto) {
    const dataQuery = await this.dataQueriesService.findOne(dataQueryId);
    if (!dataQuery || dataQuery.app.organizationId !== user.organizationId) {
      throw new ForbiddenException('You do not have permissions to perform this action');
    }
    return this.dataQueriesService.run(dataQuery, body.parameters ?? {});
  }

  @Post('preview')
  async previewQuery(@User() user, @Body() body: PreviewQueryDto) {
    const { options, kind = 'restapi' } = body;
    return this.dataQueriesService.preview(options, kind);
  }

  @Get('tooljet_db/rows')
  async rows(@OrganizationId() organizationId: string, @Query() query: TableRowsQueryDto) {
    return this.tooljetDbService.listRows(organizationId, query.tableId, query.order);
  }

  @Get('tooljet_db/filter')
  async filter(@OrganizationId() organizationId: string, @Query() query: TableRowsQueryDto) {
    const where = query.where ?? '';
    return this.tooljetDbService.filterRows(organizationId, query.tableId, where);
  }
}
