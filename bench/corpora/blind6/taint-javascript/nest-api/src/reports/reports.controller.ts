import { Controller, Get, Query, Redirect, BadRequestException } from '@nestjs/common';
import { exec } from 'child_process';
import { promisify } from 'util';

const sh = promisify(exec);
const FORMATS = ['csv', 'xlsx', 'pdf'];

@Controller('reports')
export class ReportsController {
  @Get('render')
  async render(@Query('format') format: string) {
    // expect: command-injection-nest
    const { stdout } = await sh(`./bin/render-report --format ${format}`);
    return { output: stdout };
  }

  @Get('render-safe')
  async renderSafe(@Query('format') format: string) {
    if (!FORMATS.includes(format)) {
      throw new BadRequestException('unknown format');
    }
    const { stdout } = await sh(`./bin/render-report --format ${format}`);
    return { output: stdout };
  }

  @Get('go')
  @Redirect('/reports', 302)
  go(@Query('next') next: string) {
    // expect: open-redirect-nest
    return { url: next };
  }

  @Get('go-safe')
  @Redirect('/reports', 302)
  goSafe(@Query('next') next: string) {
    return { url: ['/reports/daily', '/reports/weekly'].includes(next) ? next : '/reports' };
  }
}
