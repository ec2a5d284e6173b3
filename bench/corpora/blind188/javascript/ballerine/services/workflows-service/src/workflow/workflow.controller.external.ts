import { Body, Controller, Get, NotFoundException, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ProjectIds } from '@/common/decorators/project-ids.decorator';
import { AdminAuthGuard } from '@/common/guards/admin-auth.guard';
import { RulePreviewDto, WorkflowListQueryDto } from './dtos/workflow-list-query.dto';
import { WorkflowService } from './workflow.service';

/** Back-office endpoints for cases; the global ValidationPipe runs with `transform: true`. */
@UseGuards(AdminAuthGuard)
@Controller('external/workflows')
export class WorkflowControllerExternal {
  constructor(private readonly service: WorkflowService) {}

  @Get()
  async list(@Query() query: WorkflowListQueryDto, @ProjectIds() projectIds: string[]) {
    return this.service.list(query, projectIds);
  }

  @Get('count')
  async count(@Query() query: WorkflowListQueryDto, @ProjectIds() projectIds: string[]) {
    return this.service.countByEntityType(query, projectIds);
  }

  @Get(':id')
  async getById(@Param('id') id: string, @ProjectIds() projectIds: string[]) {
    const workflow = await this.service.getById(id, projectIds);
    if (!workflow) throw new NotFoundException();
    return workflow;
  }

  @Post(':id/documents/sync')
  async syncDocuments(@Param('id') id: string, @ProjectIds() projectIds: string[]) {
    return this.service.copyDocumentsToStorage(id, projectIds);
  }

  @Post('rules/preview')
  async previewRule(@Body() body: RulePreviewDto, @ProjectIds() projectIds: string[]) {
    return this.service.previewRule(body, projectIds);
  }
}
