import { dependency, Logger } from '@foal/core';
import { dataSource } from '../../db';

const ORDERABLE = ['name', 'price', 'created_at'];

export class ProductService {
  @dependency
  logger: Logger;

  async search(tenant: string, q: string, sort?: string) {
    const order = sort ?? 'name';
    // expect: sql-injection
    return dataSource.query(`SELECT id, name, price FROM "${tenant}".product WHERE name ILIKE '%${q}%' ORDER BY ${order}`);
  }

  async searchChecked(tenant: string, q: string, sort?: string) {
    const order = sort && ORDERABLE.includes(sort) ? sort : 'name';
    return dataSource.query(`SELECT id, name, price FROM "${tenant}".product WHERE name ILIKE $1 ORDER BY ${order}`, [`%${q}%`]);
  }

  logSearch(tenant: string, q: string) {
    // expect: log-injection
    this.logger.info(`Product search in tenant ${tenant}: ${q}`);
  }

  logSearchStructured(tenant: string, q: string) {
    this.logger.info('Product search', { tenant, q });
  }
}
