import { Body, Controller, Get, Inject, Post, Query } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { HttpService } from '@midwayjs/axios';
import { InjectEntityModel } from '@midwayjs/typegoose';
import { ReturnModelType } from '@typegoose/typegoose';
import { ReportService } from '../service/report.service';
import { FormulaService } from '../service/formula.service';
import { User } from '../entity/user.entity';

const PREVIEW_HOSTS = new Set(['charts.internal.example.com', 'static.example.com']);

@Controller('/api/report')
export class ReportController {
  @Inject()
  ctx: Context;

  @Inject()
  reportService: ReportService;

  @Inject()
  formulaService: FormulaService;

  @Inject()
  httpService: HttpService;

  @InjectEntityModel(User)
  userModel: ReturnModelType<typeof User>;

  @Get('/')
  async list(@Query('keyword') keyword = '', @Query('order') order?: string, @Query('safe') safe?: string) {
    this.reportService.audit(this.ctx.state.operator, 'report.list');
    return safe ? this.reportService.findSafe(keyword, order) : this.reportService.find(keyword, order);
  }

  @Post('/compute')
  async compute(@Body() body: { formula?: string; fields?: string[]; row: Record<string, number> }) {
    if (Array.isArray(body.fields)) {
      return { value: this.formulaService.evaluateSum(body.fields, body.row) };
    }
    return { value: this.formulaService.evaluate(body.formula || '0', body.row) };
  }

  @Get('/preview')
  async preview(@Query('target') target: string) {
    // expect: ssrf
    const res = await this.httpService.get(target, { timeout: 5000 });
    return res.data;
  }

  @Get('/preview-safe')
  async previewSafe(@Query('target') target: string) {
    const url = new URL(target);
    if (url.protocol !== 'https:' || !PREVIEW_HOSTS.has(url.hostname)) {
      return { error: 'host not allowed' };
    }
    const res = await this.httpService.get(url.toString(), { timeout: 5000 });
    return res.data;
  }

  @Post('/owner')
  async owner(@Body() body: any) {
    // expect: nosql-injection
    const user = await this.userModel.findOne({ name: body.name, role: body.role }).lean();
    return user ? { name: user.name, email: user.email } : null;
  }

  @Post('/owner-safe')
  async ownerSafe(@Body('name') name: unknown) {
    const user = await this.userModel.findOne({ name: String(name) }).lean();
    return user ? { name: user.name } : null;
  }
}
