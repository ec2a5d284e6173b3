// library: Next.js API route + mysql2 (promise)
// mysql2 (promise): value from the request (params)
import mysql from 'mysql2/promise';

const pool = mysql.createPool({ uri: process.env.DATABASE_URL });

export default async function handler(req, res) {
  const param = req.query.author || 'alice';
  if (!param) {
    return res.status(400).json({ error: 'bad request' });
  }
  const bar = param;
  // expect: sql-injection
  const [rows] = await pool.query("SELECT id, total FROM orders WHERE status = '" + bar + "'");
  res.status(200).json({ orders: rows });
}
