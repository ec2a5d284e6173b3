// library: NestJS + mongoose (orders)
// mongoose (orders): value from the request (query)
import { Controller, Get, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import mongoose from 'mongoose';

const Order = mongoose.model('Order', new mongoose.Schema({ total: Number }));

@Controller('orders')
export class OrdersController {
  @Get('run')
  async handle(@Query('min') raw: string, @Res() res: Response) {
    const param = raw ?? '';
    if (!param) {
      return res.status(400).json({ error: 'bad request' });
    }
    const bar = param;
    const orders = await Order.find({ total: { $gt: Number(bar) } });
    res.json({ orders });
  }
}
