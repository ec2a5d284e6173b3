import { select } from '@evershop/postgres-query-builder';
import { pool } from '../../lib/postgres/connection.js';

export class ProductRepository {
  constructor(connection = pool) {
    this.connection = connection;
  }

  async searchByName(keyword, page) {
    const query = select().from('product');
    query.leftJoin('product_description').on('product.product_id', '=', 'product_description.product_description_product_id');
    query.where('product_description.name', 'ILIKE', `%${keyword}%`);
    query.limit((page - 1) * 20, 20);
    return query.execute(this.connection);
  }

  async findBySku(sku) {
    const statement = `SELECT product_id, sku, price FROM product WHERE sku = '${sku}' AND status = TRUE`;
    // expect: sql-injection
    const { rows } = await this.connection.query(statement);
    return rows;
  }

  async findByUuid(uuid) {
    const { rows } = await this.connection.query('SELECT product_id, sku, price FROM product WHERE uuid = $1', [uuid]);
    return rows;
  }
}
