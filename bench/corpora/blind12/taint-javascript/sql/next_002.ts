// library: Next.js API route + mysql2 (callback)
// mysql2 (callback): value from the request (header)
import type { NextApiRequest, NextApiResponse } from 'next';
import mysql from 'mysql2';

const pool = mysql.createPool({ host: process.env.DB_HOST, user: 'app', database: 'shop' });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const param = (req.headers['x-name'] as string) ?? '';
  const num = 86;
  let bar: string;
  if (7 * 18 + num > 200) {
    bar = param;
  } else {
    bar = 'alice';
  }
  pool.query('SELECT id, email FROM users WHERE name = ?', [bar], (err, rows) => {
    res.status(200).json({ rows });
  });
}
