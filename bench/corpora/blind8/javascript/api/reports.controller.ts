// library: NestJS / TypeORM
import { Controller, Get, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Response } from 'express';
import { DataSource } from 'typeorm';
import { join } from 'path';

@Controller('reports')
export class ReportsController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get(':id')
  async one(@Param('id', ParseIntPipe) id: number) {
    return this.db.query('SELECT * FROM reports WHERE id = $1', [id]);
  }

  @Get()
  async list(@Query('owner') owner: string) {
    // expect: sql-injection
    return this.db.query(`SELECT * FROM reports WHERE owner = '${owner}'`);
  }

  @Get('by-team/:team')
  async byTeam(@Param('team') team: string) {
    return this.db
      .createQueryBuilder()
      .select('r')
      .from('reports', 'r')
      .where('r.team = :team', { team })
      .getMany();
  }

  @Get('by-label/:label')
  async byLabel(@Param('label') label: string) {
    return this.db
      .createQueryBuilder()
      .select('r')
      .from('reports', 'r')
      // expect: sql-injection
      .where(`r.label = '${label}'`)
      .getMany();
  }

  @Get('file/:name')
  file(@Param('name') name: string, @Res() res: Response) {
    // expect: path-traversal
    return res.sendFile(join('/srv/reports/files', name));
  }

  @Get('file-safe/:name')
  fileSafe(@Param('name') name: string, @Res() res: Response) {
    return res.sendFile(name, { root: '/srv/reports/files', dotfiles: 'deny' });
  }
}
