import { BadRequestException, Body, Controller, Get, Param, ParseIntPipe, Post, Query, Redirect, Res } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { InjectDataSource } from '@nestjs/typeorm';
import { Response } from 'express';
import { firstValueFrom } from 'rxjs';
import { DataSource } from 'typeorm';
import { execFile, exec } from 'child_process';

const CARRIERS: Record<string, string> = {
  dhl: 'https://api.dhl.example/track',
  ups: 'https://api.ups.example/track',
};

@Controller('orders')
export class OrdersController {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly http: HttpService,
  ) {}

  @Get('by-status')
  async byStatus(@Query('status') status: string) {
    // expect: sql-injection
    return this.ds.query(`SELECT id, total FROM orders WHERE status = '${status}'`);
  }

  @Get('by-status-safe')
  async byStatusSafe(@Query('status') status: string) {
    return this.ds.query('SELECT id, total FROM orders WHERE status = $1', [status]);
  }

  @Get(':id')
  async one(@Param('id', ParseIntPipe) id: number) {
    return this.ds.query(`SELECT * FROM orders WHERE id = ${id}`);
  }

  @Get('search/customer')
  async byCustomer(@Query('name') name: string) {
    return this.ds
      .createQueryBuilder()
      .select('o')
      .from('orders', 'o')
      // expect: sql-injection
      .where(`o.customer_name LIKE '%${name}%'`)
      .getMany();
  }

  @Get('search/customer-safe')
  async byCustomerSafe(@Query('name') name: string) {
    return this.ds.createQueryBuilder().select('o').from('orders', 'o').where('o.customer_name LIKE :n', { n: `%${name}%` }).getMany();
  }

  @Post('track')
  async track(@Body() body: { carrierUrl: string; code: string }) {
    // expect: ssrf
    const res = await firstValueFrom(this.http.get(`${body.carrierUrl}?code=${body.code}`));
    return res.data;
  }

  @Post('track-safe')
  async trackSafe(@Body() body: { carrier: string; code: string }) {
    const base = CARRIERS[body.carrier];
    if (!base) throw new BadRequestException('carrier');
    const res = await firstValueFrom(this.http.get(base, { params: { code: body.code } }));
    return res.data;
  }

  @Post('invoice/print')
  print(@Body('printer') printer: string, @Res() res: Response) {
    // expect: command-injection
    exec('lp -d ' + printer + ' /tmp/invoice.pdf', (err) => res.status(err ? 500 : 204).end());
  }

  @Post('invoice/print-safe')
  printSafe(@Body('printer') printer: string, @Res() res: Response) {
    execFile('lp', ['-d', printer, '/tmp/invoice.pdf'], (err) => res.status(err ? 500 : 204).end());
  }

  @Get('receipt/view')
  receipt(@Query('note') note: string, @Res() res: Response) {
    // expect: xss
    res.send(`<html><body><p>${note}</p></body></html>`);
  }

  @Get('go/checkout')
  @Redirect('/checkout', 302)
  checkout(@Query('step') step: string) {
    const steps = ['address', 'payment', 'review'];
    return steps.includes(step) ? { url: `/checkout/${step}` } : undefined;
  }
}
