// next.js pages API route: orders lookup, export and a post-login redirect
import type { NextApiRequest, NextApiResponse } from 'next';
import { Pool } from 'pg';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '../../lib/auth';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: 'unauthenticated' });

  switch (req.method) {
    case 'GET': {
      const { status, q } = req.query;
      if (q) {
        // expect: sql-injection
        const { rows } = await pool.query(`SELECT id, total FROM orders WHERE user_id = $1 AND note ILIKE '%${q}%'`, [session.user.id]);
        return res.json(rows);
      }
      const { rows } = await pool.query('SELECT id, total FROM orders WHERE user_id = $1 AND status = $2', [session.user.id, status ?? 'open']);
      return res.json(rows);
    }
    case 'POST': {
      const { returnTo } = req.body as { returnTo?: string };
      await pool.query('INSERT INTO carts_checked_out (user_id) VALUES ($1)', [session.user.id]);
      // expect: open-redirect
      return res.redirect(303, returnTo ?? '/orders');
    }
    case 'DELETE': {
      const id = Number(req.query.id);
      if (!Number.isInteger(id)) return res.status(400).end();
      await pool.query('DELETE FROM orders WHERE id = $1 AND user_id = $2', [id, session.user.id]);
      return res.status(204).end();
    }
    default:
      res.setHeader('Allow', 'GET, POST, DELETE');
      return res.status(405).end();
  }
}
