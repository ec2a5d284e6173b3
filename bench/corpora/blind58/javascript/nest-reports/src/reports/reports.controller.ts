import { Body, Controller, Get, Header, Param, Post, Query, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiKeyGuard } from '../../common/guards/api-key.guard';
import { AuditInterceptor } from '../../common/interceptors/audit.interceptor';
import { CurrentTenant, TenantContext } from '../../common/decorators/tenant.decorator';
import { RenderReportDto, ReportQueryDto } from './dto/report-query.dto';
import { ReportsService } from './reports.service';

@Controller('reports')
@UseGuards(ApiKeyGuard)
@UseInterceptors(AuditInterceptor)
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('summary')
  summary(@CurrentTenant() tenant: TenantContext, @Query() query: ReportQueryDto) {
    return this.reports.summary(tenant, query);
  }

  @Get('timeline')
  timeline(@Query() query: ReportQueryDto) {
    return this.reports.timeline(query);
  }

  @Get('latest/:metric')
  latest(@Param('metric') metric: string) {
    return this.reports.latest(metric);
  }

  @Get('suggest')
  suggest(@Query('q') q?: string) {
    return this.reports.suggest(q);
  }

  @Post('render')
  @Header('Content-Type', 'text/html')
  async render(@Body() dto: RenderReportDto) {
    const rows = await this.reports.timeline({ metric: 'revenue' } as ReportQueryDto);
    return this.reports.renderCustom(dto, rows);
  }

  @Get('render/:name')
  @Header('Content-Type', 'text/html')
  async renderNamed(@Param('name') name: string, @Query('title') title = 'Report') {
    const rows = await this.reports.timeline({ metric: 'revenue' } as ReportQueryDto);
    return this.reports.renderNamed(name, title, rows);
  }
}
