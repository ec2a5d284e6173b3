import { Router, Request, Response, NextFunction } from 'express';
import { query, validationResult } from 'express-validator';
import { Knex } from 'knex';
import { spawn } from 'child_process';
import { db } from '../db';

export const users: Router = Router();

type Role = 'admin' | 'staff' | 'customer';
const ROLES: readonly Role[] = ['admin', 'staff', 'customer'];

users.get('/by-role', async (req: Request, res: Response) => {
  const role = String(req.query.role ?? 'customer');
  let column: string;
  switch (role) {
    case 'admin':
      column = 'admin_since';
      break;
    case 'staff':
      column = 'hired_at';
      break;
    default:
      column = 'created_at';
  }
  const rows = await db.raw(`SELECT id, email FROM users WHERE role = ? ORDER BY ${column}`, [role]);
  res.json(rows);
});

users.get('/by-team', async (req: Request, res: Response) => {
  const team = (req.query.team as string | undefined) ?? 'core';
  const rows = await db.raw(
    // expect: sql-injection
    `SELECT id, email FROM users WHERE team = '${team}'`,
  );
  res.json(rows);
});

users.get('/by-team-safe', async (req: Request, res: Response) => {
  const team = (req.query.team as string | undefined) ?? 'core';
  res.json(await db('users').select('id', 'email').where({ team }));
});

users.get(
  '/lookup',
  query('email').isEmail().normalizeEmail(),
  async (req: Request, res: Response) => {
    if (!validationResult(req).isEmpty()) {
      return res.status(400).json({ error: 'bad email' });
    }
    res.json(await db('users').where('email', req.query.email as string).first());
  },
);

users.get('/order', async (req: Request, res: Response) => {
  const dir = req.query.dir === 'desc' ? 'desc' : 'asc';
  const by = typeof req.query.by === 'string' ? req.query.by : 'id';
  // expect: sql-injection
  const rows = await db.raw(`SELECT id, email FROM users ORDER BY ${by} ${dir}`);
  res.json(rows);
});

users.get('/role-check', async (req: Request, res: Response, next: NextFunction) => {
  const role = req.query.role as Role;
  if (!ROLES.includes(role)) {
    return next(new Error('bad role'));
  }
  const rows = await db.raw(`SELECT count(*) FROM users WHERE role = '${role}'`);
  res.json(rows);
});

users.post('/avatar/convert', (req: Request, res: Response) => {
  const input: string = req.body.path || 'default.png';
  const useShell = req.body.fast === true;
  const child = useShell
    // expect: command-injection
    ? spawn('sh', ['-c', `convert ${input} -resize 64x64 out.png`])
    : spawn('convert', [input, '-resize', '64x64', 'out.png']);
  child.on('close', (code) => res.json({ code }));
});

export function attach(k: Knex, r: Router) {
  r.get('/count', async (_req, res) => res.json(await k('users').count()));
}
