import { QueryTypes } from 'sequelize';
import db from '../models';

export interface OrderFilter {
  status?: string;
  customerId?: number;
  sort?: 'created_at' | 'total';
}

export class OrderRepository {
  constructor(private readonly models: typeof db) {}

  async byStatus(status: string) {
    // expect: sql-injection
    return this.models.sequelize.query(`SELECT * FROM orders WHERE status = '${status}'`, {
      type: QueryTypes.SELECT,
    });
  }

  async byStatusSafe(status: string) {
    return this.models.sequelize.query('SELECT * FROM orders WHERE status = :status', {
      replacements: { status },
      type: QueryTypes.SELECT,
    });
  }

  async totalsFor(customerId: string) {
    const sql = 'SELECT SUM(total) AS spent FROM orders WHERE customer_id = ' + customerId;
    // expect: sql-injection
    const [rows] = await this.models.sequelize.query(sql);
    return rows;
  }

  async search(filter: OrderFilter, term: string) {
    let where = `WHERE o.note LIKE '%${term}%'`;
    if (filter.status) {
      where += ` AND o.status = '${filter.status}'`;
    }
    const query = `SELECT o.id, o.total FROM orders o ${where}`;
    // expect: sql-injection
    return db.sequelize.query(query, { type: QueryTypes.SELECT });
  }

  async archive(before: string) {
    // expect: sql-injection
    await db.sequelize.query("UPDATE orders SET archived = true WHERE created_at < '" + before + "'");
  }

  async byCustomer(customerId: number) {
    return db.sequelize.query('SELECT * FROM orders WHERE customer_id = $1', {
      bind: [customerId],
      type: QueryTypes.SELECT,
    });
  }

  async recent(filter: OrderFilter) {
    const column = filter.sort === 'total' ? 'total' : 'created_at';
    return db.sequelize.query(`SELECT * FROM orders ORDER BY ${column} DESC LIMIT 50`, {
      type: QueryTypes.SELECT,
    });
  }
}
