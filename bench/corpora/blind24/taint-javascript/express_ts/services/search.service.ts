import { Pool } from 'pg';

export class SearchService {
  constructor(private readonly pool: Pool) {}

  async products(term: string, sort: string) {
    const order = ['name', 'price', 'created_at'].includes(sort) ? sort : 'name';
    const { rows } = await this.pool.query(`SELECT id, name FROM products WHERE name ILIKE $1 ORDER BY ${order}`, [`%${term}%`]);
    return rows;
  }

  async productsRaw(where: string) {
    // expect: sql-injection
    const { rows } = await this.pool.query('SELECT id, name FROM products WHERE ' + where);
    return rows;
  }
}
