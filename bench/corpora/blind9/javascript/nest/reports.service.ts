// library: NestJS + TypeORM (DataSource.query, QueryBuilder)
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Order } from './order.entity';

const SORTABLE = new Set(['createdAt', 'total', 'status']);

@Injectable()
export class ReportsService {
  constructor(private readonly dataSource: DataSource, @InjectRepository(Order) private readonly orders: Repository<Order>) {}

  revenueFor(region: string) {
    return this.dataSource.query('SELECT sum(total) AS revenue FROM orders WHERE region = $1', [region]);
  }

  revenueForMonth(month: string) {
    // expect: sql-injection
    return this.dataSource.query(`SELECT sum(total) AS revenue FROM orders WHERE to_char(created_at, 'YYYY-MM') = '${month}'`);
  }

  byCustomer(customer: string) {
    return this.orders
      .createQueryBuilder('o')
      // expect: sql-injection
      .where(`o.customerEmail = '${customer}'`)
      .getMany();
  }

  byStatus(status: string) {
    return this.orders.createQueryBuilder('o').where('o.status = :status', { status }).getMany();
  }

  sorted(column: string) {
    const col = SORTABLE.has(column) ? column : 'createdAt';
    return this.orders.createQueryBuilder('o').orderBy(`o.${col}`, 'DESC').getMany();
  }

  async purge(table: string) {
    // expect: sql-injection
    await this.dataSource.manager.query('DELETE FROM ' + table + ' WHERE archived = true');
  }
}
