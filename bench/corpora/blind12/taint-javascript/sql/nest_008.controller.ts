// library: NestJS + knex.raw
// knex.raw: value from the request (params)
import { Controller, Get, Param, Res } from '@nestjs/common';
import { Response } from 'express';
import Knex from 'knex';

const knex = Knex({ client: 'pg', connection: process.env.DATABASE_URL });

@Controller('products')
export class ProductsController {
  @Get(':author')
  async handle(@Param('author') raw: string, @Res() res: Response) {
    const param = raw ?? '';
    const num = 106;
    const bar = 7 * 18 + num > 200 ? param : 'alice';
    const result = await knex.raw('SELECT sku, price FROM products WHERE category = ?', [bar]);
    res.json({ products: result.rows });
  }
}
