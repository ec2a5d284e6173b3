import type { NextApiRequest, NextApiResponse } from 'next';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { slug, redirect: back } = req.query;
  if (req.method === 'GET') {
    const { rows } = await pool.query('SELECT title, body FROM posts WHERE slug = $1', [slug]);
    return res.status(200).json(rows[0] ?? null);
  }
  if (req.method === 'DELETE') {
    // expect: sql-injection
    await pool.query(`DELETE FROM posts WHERE slug = '${slug}'`);
    return res.status(204).end();
  }
  if (req.method === 'POST') {
    res.setPreviewData({ slug });
    // expect: open-redirect
    return res.redirect(307, String(back));
  }
  if (req.method === 'PUT') {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    // expect: xss
    return res.status(200).send(`<p>Saved ${slug}</p>`);
  }
  res.setHeader('Allow', 'GET, POST, PUT, DELETE');
  return res.status(405).end();
}
