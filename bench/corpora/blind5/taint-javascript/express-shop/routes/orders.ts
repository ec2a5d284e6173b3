import { Router, type Request, type Response, type NextFunction } from 'express';
import knexFactory, { type Knex } from 'knex';
import { execSync as sh, execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';

const knex: Knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const LABEL_DIR = path.resolve('/srv/labels');
const COURIERS = new Map([['dhl', 'https://www.dhl.com/track?id='], ['ups', 'https://www.ups.com/track?tracknum=']]);

class OrderFilter {
  constructor(private readonly field: string, private readonly term: string) {}

  toSql(): string {
    return `${this.field} ILIKE '%${this.term}%'`;
  }
}

function requireUser(req: Request, res: Response, next: NextFunction) {
  if (!req.headers.authorization) return res.sendStatus(401);
  next();
}

export const orders = Router();
orders.use(requireUser);

orders.get('/find', async (req: Request, res: Response) => {
  const filter = new OrderFilter(String(req.query.field), String(req.query.term));
  // expect: sql-injection
  const rows = await knex('orders').whereRaw(filter.toSql()).select('id', 'total');
  res.json(rows);
});

orders.get('/find-safe', async (req: Request, res: Response) => {
  const rows = await knex('orders').whereILike('customer_name', `%${String(req.query.term)}%`).select('id', 'total');
  res.json(rows);
});

orders.get('/by-ids', async (req: Request, res: Response) => {
  const ids = String(req.query.ids).split(',');
  // expect: sql-injection
  const rows = await knex.raw(`SELECT id, total FROM orders WHERE id IN (${ids.join(',')})`);
  res.json(rows.rows);
});

orders.get('/by-ids-safe', async (req: Request, res: Response) => {
  const ids = String(req.query.ids).split(',').map((s) => Number.parseInt(s, 10)).filter(Number.isInteger);
  const rows = await knex.raw(`SELECT id, total FROM orders WHERE id IN (${ids.join(',')})`);
  res.json(rows.rows);
});

orders.post('/:id/label', (req: Request, res: Response) => {
  const { format: fmt = 'pdf', name: fileName } = req.body as { format?: string; name: string };
  // expect: path-traversal
  const out = createWriteStream(path.join(LABEL_DIR, `${fileName}.${fmt}`));
  out.end(Buffer.from('label'));
  res.sendStatus(201);
});

orders.post('/:id/label-safe', (req: Request, res: Response) => {
  const id = Number.parseInt(req.params.id, 10);
  const out = createWriteStream(path.join(LABEL_DIR, `${id}.pdf`));
  out.end(Buffer.from('label'));
  res.sendStatus(201);
});

orders.post('/:id/print', (req: Request, res: Response) => {
  const tray = req.get('X-Printer-Tray') ?? '1';
  // expect: command-injection
  sh(`lp -o InputSlot=${tray} ${LABEL_DIR}/${Number(req.params.id)}.pdf`);
  res.sendStatus(202);
});

orders.post('/:id/print-safe', (req: Request, res: Response) => {
  const tray = req.get('X-Printer-Tray') === '2' ? '2' : '1';
  execFileSync('lp', ['-o', `InputSlot=${tray}`, `${LABEL_DIR}/${Number(req.params.id)}.pdf`]);
  res.sendStatus(202);
});

orders.get('/:id/track', (req: Request, res: Response) => {
  const base = COURIERS.get(String(req.query.courier));
  if (!base) return res.sendStatus(404);
  res.redirect(base + encodeURIComponent(String(req.query.code)));
});

orders.get('/:id/track-any', (req: Request, res: Response) => {
  const { courierUrl } = req.query as { courierUrl: string };
  // expect: open-redirect
  res.redirect(302, courierUrl + req.params.id);
});

orders.get('/:id/receipt', (req: Request, res: Response) => {
  const greeting = req.cookies?.display_name ?? 'customer';
  res.setHeader('Content-Type', 'text/html');
  // expect: xss
  res.write(`<p>Thanks, ${greeting}!</p>`);
  res.end();
});
