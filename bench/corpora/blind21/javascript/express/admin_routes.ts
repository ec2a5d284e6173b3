// express (TypeScript): admin routes of a SaaS back office; all inputs are checked before use
import express, { Request, Response, NextFunction } from 'express';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';
import escapeHtml from 'escape-html';
import { db } from '../db';
import { audit } from '../audit';

const router = express.Router();

const listSchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  plan: z.enum(['free', 'pro', 'enterprise']).optional(),
  sort: z.enum(['created_at', 'name', 'mrr']).default('created_at'),
});

function requireAdmin(req: Request, res: Response, next: NextFunction) {
  if ((req as any).user?.role !== 'admin') return res.sendStatus(403);
  next();
}

router.use(requireAdmin);
router.use(rateLimit({ windowMs: 60_000, max: 120, standardHeaders: true }));

router.get('/tenants', async (req: Request, res: Response) => {
  const parsed = listSchema.safeParse(req.query);
  if (!parsed.success) return res.status(400).json(parsed.error.flatten());
  const { page, plan, sort } = parsed.data;
  const rows = await db.query(
    `SELECT id, name, plan, mrr FROM tenants WHERE ($1::text IS NULL OR plan = $1) ORDER BY ${sort} DESC LIMIT 25 OFFSET $2`,
    [plan ?? null, (page - 1) * 25],
  );
  res.json(rows.rows);
});

router.post('/tenants/:id/suspend', express.json(), async (req: Request, res: Response) => {
  const id = z.string().uuid().parse(req.params.id);
  await db.query('UPDATE tenants SET suspended = true, suspended_reason = $2 WHERE id = $1', [id, String(req.body.reason ?? '')]);
  await audit('tenant.suspend', { id, by: (req as any).user.id });
  res.sendStatus(204);
});

router.get('/tenants/:id/page', async (req: Request, res: Response) => {
  const { rows } = await db.query('SELECT name, notes FROM tenants WHERE id = $1', [req.params.id]);
  if (!rows[0]) return res.sendStatus(404);
  res.send(`<h1>${escapeHtml(rows[0].name)}</h1><pre>${escapeHtml(rows[0].notes ?? '')}</pre>`);
});

router.get('/impersonate/:id', async (req: Request, res: Response) => {
  await audit('tenant.impersonate', { id: req.params.id, by: (req as any).user.id });
  res.redirect(`/app?tenant=${encodeURIComponent(req.params.id)}`);
});

router.get('/back', (req: Request, res: Response) => {
  res.redirect(req.get('Referrer') ? '/admin' : '/');
});

router.get('/export.csv', async (_req: Request, res: Response) => {
  const { rows } = await db.query('SELECT id, name, plan FROM tenants ORDER BY name');
  res.type('text/csv').attachment('tenants.csv');
  res.send(rows.map((r: any) => [r.id, JSON.stringify(r.name), r.plan].join(',')).join('\n'));
});

export default router;
