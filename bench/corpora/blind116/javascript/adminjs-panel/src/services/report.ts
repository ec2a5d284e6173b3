import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export class ReportService {
  async ordersByStatus(status: string, sort: string) {
    // expect: sql-injection
    const { rows } = await pool.query(`SELECT id, total, status FROM orders WHERE status = '${status}' ORDER BY ${sort}`);
    return rows;
  }

  async ordersByStatusSafe(status: string, sort: string) {
    const { rows } = await pool.query(`SELECT id, total, status FROM orders WHERE status = $1 ORDER BY ${sort}`, [status]);
    return rows;
  }
}
