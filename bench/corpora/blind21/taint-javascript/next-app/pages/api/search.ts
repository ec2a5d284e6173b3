// next-app/pages/api/search.ts: site search over Postgres (query helpers from lib/query)
import type { NextApiRequest, NextApiResponse } from 'next';
import { Pool } from 'pg';
import { first, intQuery } from '../../lib/query';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const SECTIONS = ['blog', 'docs', 'changelog'];

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const q = first(req, 'q');
  const section = first(req, 'section', 'all');
  const limit = intQuery(req, 'limit', 20, 100);

  const conditions = [`to_tsvector(body) @@ plainto_tsquery('english', $1)`];
  const values: unknown[] = [q];
  if (SECTIONS.includes(section)) {
    values.push(section);
    conditions.push(`section = $${values.length}`);
  }
  const { rows } = await pool.query(`SELECT slug, title FROM pages WHERE ${conditions.join(' AND ')} LIMIT ${limit}`, values);
  res.status(200).json(rows);
}

export async function legacySearch(req: NextApiRequest, res: NextApiResponse) {
  const q = first(req, 'q');
  const section = first(req, 'section', 'all');
  const sectionFilter = section === 'all' ? '' : ` AND section = '${section}'`;
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT slug, title FROM pages WHERE body ILIKE '%' || $1 || '%'${sectionFilter}`, [q]);
  res.status(200).json(rows);
}

export async function highlight(req: NextApiRequest, res: NextApiResponse) {
  const q = first(req, 'q');
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  // expect: xss
  res.end(`<mark>${q}</mark>`);
}

export async function popular(req: NextApiRequest, res: NextApiResponse) {
  const days = first(req, 'days', '7');
  const sql = `SELECT slug, count(*) AS hits FROM page_views WHERE viewed_at > now() - interval '${days} days' GROUP BY slug ORDER BY hits DESC LIMIT 10`;
  // expect: sql-injection
  pool.query(sql).then((r) => res.json(r.rows)).catch(() => res.status(500).end());
}
