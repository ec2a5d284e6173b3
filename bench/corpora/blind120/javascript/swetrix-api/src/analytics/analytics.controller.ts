import { BadRequestException, Body, Controller, Get, Headers, Post, Query } from '@nestjs/common';
import { AnalyticsService } from './analytics.service';
import { GetDataDto } from './dto/getData.dto';
import { getIPFromHeaders } from '../common/utils';
import { ProjectService } from '../project/project.service';

@Controller(['log', 'v1/log'])
export class AnalyticsController {
  constructor(private readonly analyticsService: AnalyticsService, private readonly projectService: ProjectService) {}

  @Get()
  async getData(@Query() data: GetDataDto) {
    const { pid, filters } = data;
    if (!/^(?!.*--)[a-zA-Z0-9-]{12}$/.test(pid)) throw new BadRequestException('pid');
    return this.analyticsService.groupedData(pid, filters);
  }

  @Get('strict')
  async getDataStrict(@Query() data: GetDataDto) {
    return this.analyticsService.groupedDataParams(data.pid, data.filters);
  }

  @Post()
  async log(@Body() event: { pid: string; pg?: string }, @Headers() headers: Record<string, string>) {
    const ip = getIPFromHeaders(headers);
    const project = await this.projectService.findOne(event.pid);
    if (!project) {
      this.analyticsService.rejectEvent(event.pid, ip, 'unknown project');
      throw new BadRequestException('The provided Project ID (pid) is incorrect');
    }
    if (project.ipBlacklist?.includes(ip)) {
      this.analyticsService.rejectEventStructured(project.id, 'blocked ip');
      return;
    }
    return { ok: true };
  }
}
