import { Injectable, NotFoundException } from '@nestjs/common';
import Handlebars from 'handlebars';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ReportsRepository } from './reports.repository';
import type { TenantContext } from '../../common/decorators/tenant.decorator';
import type { RenderReportDto, ReportQueryDto } from './dto/report-query.dto';

const TEMPLATE_DIR = join(__dirname, '..', 'templates');
const NAMED_TEMPLATES = new Set(['summary', 'detailed', 'executive']);

@Injectable()
export class ReportsService {
  private groupColumn = 'day';

  constructor(private readonly repo: ReportsRepository) {}

  async summary(tenant: TenantContext, query: ReportQueryDto) {
    this.groupColumn = query.groupBy || 'day';
    const days = query.days ?? 30;
    return this.repo.aggregate(`tenant_${tenant.slug}`, query.metric, this.groupColumn, days);
  }

  async timeline(query: ReportQueryDto) {
    return this.repo.timeline(query.metric, query.bucket, query.days ?? 30);
  }

  async latest(metric: string) {
    const row = await this.repo.latest(metric);
    if (!row) throw new NotFoundException();
    return row;
  }

  async suggest(prefix: string | undefined) {
    let p = prefix;
    try {
      p = decodeURIComponent(prefix ?? '');
    } catch {
      p = '';
    }
    return this.repo.search(p);
  }

  async renderCustom(dto: RenderReportDto, rows: unknown[]) {
    const source = `<h1>{{title}}</h1>${dto.template}<footer>${dto.footer ?? ''}</footer>`;
    // expect: template-injection
    const render = Handlebars.compile(source);
    return render({ title: dto.title, rows });
  }

  async renderNamed(name: string, title: string, rows: unknown[]) {
    if (!NAMED_TEMPLATES.has(name)) {
      throw new NotFoundException(`unknown template ${name}`);
    }
    const source = await readFile(join(TEMPLATE_DIR, `${name}.hbs`), 'utf8');
    const render = Handlebars.compile(source);
    return render({ title, rows });
  }
}
