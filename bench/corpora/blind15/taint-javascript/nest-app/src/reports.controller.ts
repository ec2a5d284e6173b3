// library: @nestjs/common + typeorm (report queries)
import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';

const GROUPS: Record<string, string> = { day: 'created_at::date', month: "date_trunc('month', created_at)" };

@Controller('reports')
export class ReportsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('revenue')
  async revenue(@Query('region') region?: string, @Query('group') group = 'day') {
    const reg = region ?? 'EU';
    const expr = GROUPS[group] ?? GROUPS.day;
    const sql = `SELECT ${expr} AS bucket, SUM(total) FROM orders WHERE region = '${reg}' GROUP BY 1`;
    // expect: sql-injection
    return this.dataSource.query(sql);
  }

  @Get('revenue/v2')
  async revenueSafe(@Query('region') region = 'EU', @Query('group') group = 'day') {
    const expr = GROUPS[group];
    if (!expr) throw new BadRequestException('unknown group');
    return this.dataSource.query(`SELECT ${expr} AS bucket, SUM(total) FROM orders WHERE region = $1 GROUP BY 1`, [region]);
  }

  @Get('count')
  async count() {
    return this.dataSource.query('SELECT COUNT(*) FROM orders');
  }
}
