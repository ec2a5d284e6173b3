// nest-api/src/orders/orders.controller.ts: the orders endpoints (values go to OrdersService)
import { Body, Controller, DefaultValuePipe, Get, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { OrdersService } from './orders.service';

class ExportDto {
  format?: string;
  columns?: string[];
  email?: string;
}

@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get()
  list(@Query('status') status: string, @Query('sort') sort = 'created_at') {
    return this.orders.list(status, sort);
  }

  @Get('safe')
  listSafe(
    @Query('status') status: string,
    @Query('page', new DefaultValuePipe(1), ParseIntPipe) page: number,
  ) {
    return this.orders.listSafe(status, page);
  }

  @Get(':id')
  one(@Param('id', ParseIntPipe) id: number) {
    return this.orders.one(id);
  }

  @Get('by-ref/:ref')
  byRef(@Param('ref') ref: string) {
    return this.orders.byReference(ref);
  }

  @Post('export')
  export(@Body() dto: ExportDto) {
    return this.orders.export(dto.format ?? 'csv', dto.columns ?? ['id', 'total']);
  }

  @Post('notify')
  notify(@Body() dto: ExportDto) {
    return this.orders.notify(dto.email ?? '');
  }

  @Get(':id/receipt')
  async receipt(@Param('id', ParseIntPipe) id: number, @Query('note') note: string, @Res() res: Response) {
    const order = await this.orders.one(id);
    const footer = note ? `<p class="note">${note}</p>` : '';
    // expect: xss
    res.type('html').send(`<h1>Receipt #${order.id}</h1><p>Total ${order.total}</p>${footer}`);
  }

  @Get(':id/continue')
  continue(@Param('id', ParseIntPipe) id: number, @Query('then') then: string, @Res() res: Response) {
    const target = then ?? `/orders/${id}`;
    // expect: open-redirect
    res.redirect(target);
  }
}
