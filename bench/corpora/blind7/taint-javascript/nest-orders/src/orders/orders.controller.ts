import { Body, Controller, Get, Header, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { OrdersService } from './orders.service';

class ExportOrdersDto {
  customer!: string;
  format?: string;
  callbackUrl?: string;
}

@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get(':id')
  findOne(@Param('id', ParseIntPipe) id: number) {
    return this.orders.findOne(id);
  }

  @Get()
  search(@Query('customer') customer = '', @Query('status') status?: string) {
    return this.orders.search(customer, status ?? 'open');
  }

  @Get('by-ref/:ref')
  byRef(@Param('ref') ref: string) {
    return this.orders.byReference(ref);
  }

  @Post('export')
  exportOrders(@Body() dto: ExportOrdersDto) {
    return this.orders.export(dto.customer, dto.format ?? 'csv', dto.callbackUrl);
  }

  @Get('receipt/:id')
  @Header('Content-Type', 'text/html')
  async receipt(@Param('id', ParseIntPipe) id: number, @Query('note') note: string, @Res() res: Response) {
    const order = await this.orders.findOne(id);
    // expect: xss
    res.send(`<h1>Receipt #${order.id}</h1><p>${note}</p>`);
  }
}
