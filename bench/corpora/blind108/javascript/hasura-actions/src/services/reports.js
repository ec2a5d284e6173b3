const { pool, query } = require('../lib/db');

const SORTABLE = new Set(['created_at', 'amount', 'status']);

class ReportService {
  constructor(tenant) {
    this.tenant = tenant;
  }

  async ordersFor(userId, status) {
    return query('SELECT id, amount, status FROM orders WHERE user_id = $1 AND status = $2', [userId, status]);
  }

  async ordersSorted(userId, sortBy) {
    const column = SORTABLE.has(sortBy) ? sortBy : 'created_at';
    return query(`SELECT id, amount FROM orders WHERE user_id = $1 ORDER BY ${column} DESC`, [userId]);
  }

  async search(term, orderBy) {
    const order = orderBy || 'created_at';
    // expect: sql-injection
    const { rows } = await pool.query(`SELECT id, title FROM ${this.tenant}.orders WHERE title ILIKE '%${term}%' ORDER BY ${order}`);
    return rows;
  }
}

module.exports = { ReportService };
