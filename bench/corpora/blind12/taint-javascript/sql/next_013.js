// library: Next.js API route + mysql2 (callback)
// mysql2 (callback): value from the request (body)
import mysql from 'mysql2';

const pool = mysql.createPool({ host: process.env.DB_HOST, user: 'app', database: 'shop' });

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  let param = req.body.category;
  if (!param) {
    param = '';
  }
  const target = 'A';
  let bar;
  switch (target) {
    case 'A':
      bar = param;
      break;
    case 'B':
      bar = 'shipped';
      break;
    default:
      bar = 'books';
  }
  // expect: sql-injection
  pool.query(`SELECT id, email FROM users WHERE name = '${bar}'`, (err, rows) => {
    res.status(200).json({ rows });
  });
}
