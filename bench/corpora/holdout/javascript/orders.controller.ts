import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Response } from 'express';
import { DataSource, Repository } from 'typeorm';
import { execSync, execFileSync } from 'child_process';
import { createHash, randomUUID } from 'crypto';
import { Order } from './order.entity';

@Controller('orders')
export class OrdersController {
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Get(':id')
  async findOne(@Param('id') id: string) {
    return this.db.query('SELECT * FROM orders WHERE id = $1', [id]);
  }

  @Get()
  async list(@Query('status') status: string, @Query('sort') sort = 'created_at') {
    const column = ['created_at', 'total', 'status'].includes(sort) ? sort : 'created_at';
    return this.db.query(`SELECT * FROM orders WHERE status = $1 ORDER BY ${column} DESC`, [status]);
  }

  @Get('by-customer/:name')
  async byCustomer(@Param('name') name: string) {
    return this.orders
      .createQueryBuilder('o')
      // expect: sql-injection
      .where(`o.customer_name = '${name}'`)
      .getMany();
  }

  @Get('by-email/:email')
  async byEmail(@Param('email') email: string) {
    return this.orders.createQueryBuilder('o').where('o.email = :email', { email }).getMany();
  }

  @Get('report/:month')
  async report(@Param('month') month: string) {
    // expect: sql-injection
    return this.db.query(`SELECT sum(total) FROM orders WHERE to_char(created_at, 'YYYY-MM') = '${month}'`);
  }

  @Post(':id/invoice')
  async invoice(@Param('id') id: string, @Body() body: { template: string }) {
    // expect: command-injection
    const pdf = execSync(`wkhtmltopdf /srv/templates/${body.template}.html /srv/invoices/${id}.pdf`);
    return { size: pdf.length };
  }

  @Post(':id/label')
  async label(@Param('id') id: string) {
    execFileSync('/usr/local/bin/print-label', ['--order', id]);
    return { ok: true, job: randomUUID() };
  }

  @Get(':id/pay')
  async pay(@Param('id') id: string, @Query('returnUrl') returnUrl: string, @Res() res: Response) {
    await this.orders.update(id, { status: 'pending_payment' });
    // expect: open-redirect
    return res.redirect(returnUrl);
  }

  @Get(':id/receipt')
  async receipt(@Param('id') id: string, @Res() res: Response) {
    const order = await this.orders.findOneByOrFail({ id });
    res.setHeader('ETag', createHash('md5').update(JSON.stringify(order)).digest('hex'));
    return res.redirect(`/orders/${encodeURIComponent(id)}/receipt.pdf`);
  }

  @Post('rules/preview')
  async previewRule(@Body() body: { expression: string; order: Order }) {
    // expect: code-injection
    const rule = new Function('order', `return (${body.expression});`);
    return { matches: Boolean(rule(body.order)) };
  }
}
