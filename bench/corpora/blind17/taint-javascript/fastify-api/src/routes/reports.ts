// library: fastify + pg
import type { FastifyInstance } from 'fastify';
import { Pool } from 'pg';
import { intParam, str } from '../lib/input';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export default async function reports(app: FastifyInstance) {
  app.get('/reports/sales', async (request) => {
    const { from, to } = request.query as { from: string; to: string };
    // expect: sql-injection
    const { rows } = await pool.query(`SELECT day, sum(total) FROM sales WHERE day BETWEEN '${from}' AND '${to}' GROUP BY day`);
    return rows;
  });

  app.get('/reports/regional', async (request) => {
    const region = str((request.query as Record<string, unknown>).region, 'eu');
    const where = [`region = '${region}'`, 'deleted = false'].join(' AND ');
    // expect: sql-injection
    const { rows } = await pool.query('SELECT id, total FROM sales WHERE ' + where);
    return rows;
  });

  app.get('/reports/sales-safe', (request) => {
    const { from, to } = request.query as { from: string; to: string };
    return pool.query('SELECT day, sum(total) FROM sales WHERE day BETWEEN $1 AND $2 GROUP BY day', [from, to]).then((r) => r.rows);
  });

  app.get('/reports/top', async (request) => {
    const limit = intParam((request.query as Record<string, unknown>).limit, 10, 100);
    const { rows } = await pool.query(`SELECT sku, sum(qty) AS n FROM sales GROUP BY sku ORDER BY n DESC LIMIT ${limit}`);
    return rows;
  });
}
