// library: Express (TypeScript) + pg + child_process
import { execFile, execSync } from 'child_process';
import { Router } from 'express';
import { Pool } from 'pg';

export const lookup = Router();
const pool = new Pool();

lookup.get('/users/:handle', async (req, res) => {
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT id, handle FROM users WHERE handle = '${req.params.handle}'`);
  res.json(rows);
});

lookup.get('/users', async (req, res) => {
  const { rows } = await pool.query('SELECT id, handle FROM users WHERE team = $1', [req.query.team]);
  res.json(rows);
});

lookup.get('/dns', (req, res) => {
  // expect: command-injection
  const out = execSync(`nslookup ${req.query.name}`, { encoding: 'utf8' });
  res.type('text/plain').send(out);
});

lookup.get('/dns-safe', (req, res) => {
  execFile('nslookup', [String(req.query.name)], (err, out) => res.type('text/plain').send(out));
});
