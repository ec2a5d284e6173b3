import knexFactory, { Knex } from 'knex';
import mysql from 'mysql2/promise';
import { Pool } from 'pg';
import { DataSource, Repository } from 'typeorm';
import { Order } from './entities/order.entity';

const SORTABLE = new Set(['created_at', 'total', 'status']);

export class ReportRepository {
  private readonly orders: Repository<Order>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly knex: Knex,
    private readonly pg: Pool,
  ) {
    this.orders = dataSource.getRepository(Order);
  }

  async byStatus(status: string) {
    // expect: sql-injection
    return this.dataSource.query(`SELECT id, total FROM orders WHERE status = '${status}'`);
  }

  async byStatusSafe(status: string) {
    return this.dataSource.query('SELECT id, total FROM orders WHERE status = $1', [status]);
  }

  async forCustomer(customerId: string, sort: string) {
    const column = SORTABLE.has(sort) ? sort : 'created_at';
    return this.orders
      .createQueryBuilder('o')
      .where('o.customerId = :customerId', { customerId })
      .orderBy(`o.${column}`, 'DESC')
      .getMany();
  }

  async search(term: string) {
    return this.orders
      .createQueryBuilder('o')
      // expect: sql-injection
      .where(`o.reference LIKE '%${term}%'`)
      .getMany();
  }

  async totalsByRegion(region: string) {
    return this.knex('orders')
      .select('region')
      .sum({ total: 'total' })
      // expect: sql-injection
      .whereRaw(`region = '${region}'`)
      .groupBy('region');
  }

  async totalsByRegionSafe(region: string) {
    return this.knex('orders').select('region').sum({ total: 'total' }).whereRaw('region = ?', [region]).groupBy('region');
  }

  async monthly(year: number) {
    return this.knex.raw('SELECT date_trunc(\'month\', created_at) m, sum(total) FROM orders WHERE extract(year FROM created_at) = ? GROUP BY m', [year]);
  }

  async refundsFor(email: string) {
    // expect: sql-injection
    const { rows } = await this.pg.query("SELECT * FROM refunds WHERE email = '" + email + "'");
    return rows;
  }

  async refundsForSafe(email: string) {
    const { rows } = await this.pg.query({ text: 'SELECT * FROM refunds WHERE email = $1', values: [email] });
    return rows;
  }
}

export async function legacyInvoiceLookup(number: string) {
  const conn = await mysql.createConnection({ host: 'legacy-db', user: 'reports', database: 'erp' });
  try {
    // expect: sql-injection
    const [rows] = await conn.query('SELECT * FROM invoices WHERE number = "' + number + '"');
    return rows;
  } finally {
    await conn.end();
  }
}

export async function legacyInvoiceLookupSafe(number: string) {
  const conn = await mysql.createConnection({ host: 'legacy-db', user: 'reports', database: 'erp' });
  try {
    const [rows] = await conn.execute('SELECT * FROM invoices WHERE number = ?', [number]);
    return rows;
  } finally {
    await conn.end();
  }
}

export function makeKnex(): Knex {
  return knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
}
