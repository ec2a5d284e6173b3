import { Router, Request, Response } from 'express';
import { Pool } from 'pg';
import axios from 'axios';

const router = Router();
const pool = new Pool();
const WEBHOOK_HOSTS = new Set(['hooks.slack.com', 'hooks.example-partner.com']);

router.get('/admin/users', async (req: Request, res: Response) => {
  const role = req.query.role as string;
  // expect: sql-injection-pg
  const { rows } = await pool.query(`SELECT id, email FROM users WHERE role = '${role}' ORDER BY id`);
  res.json(rows);
});

router.get('/admin/users-safe', async (req: Request, res: Response) => {
  const { rows } = await pool.query('SELECT id, email FROM users WHERE role = $1 ORDER BY id', [req.query.role]);
  res.json(rows);
});

router.post('/admin/webhook-test', async (req: Request, res: Response) => {
  const { url } = req.body;
  // expect: ssrf-axios
  const reply = await axios.post(url, { text: 'test' });
  res.json({ status: reply.status });
});

router.post('/admin/webhook-test-safe', async (req: Request, res: Response) => {
  const url = new URL(req.body.url);
  if (url.protocol !== 'https:' || !WEBHOOK_HOSTS.has(url.hostname)) {
    return res.status(400).json({ error: 'host not allowed' });
  }
  const reply = await axios.post(url.toString(), { text: 'test' });
  res.json({ status: reply.status });
});

router.get('/admin/banner', (req: Request, res: Response) => {
  const msg = String(req.query.msg ?? '');
  // expect: xss-express-send
  res.status(200).send('<div class="banner">' + msg + '</div>');
});

router.get('/admin/stats', async (_req: Request, res: Response) => {
  const { rows } = await pool.query('SELECT count(*) AS n FROM users');
  res.send(`<p>${Number(rows[0].n)} users</p>`);
});

export default router;
