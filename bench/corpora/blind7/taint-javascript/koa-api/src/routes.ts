import Router from '@koa/router';
import { Context } from 'koa';
import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import { promises as fs } from 'fs';
import path from 'path';
import escapeHtml from 'escape-html';
import { Pool } from 'pg';

const router = new Router({ prefix: '/api' });
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const DOCS = path.resolve('docs');
const TRUSTED = ['https://app.example.com', 'https://admin.example.com'];

router.get('/hello', (ctx: Context) => {
  const name = (ctx.query.name as string) || 'there';
  ctx.type = 'html';
  // expect: xss
  ctx.body = `<p>Hello ${name}</p>`;
});

router.get('/hello/safe', (ctx: Context) => {
  ctx.type = 'html';
  ctx.body = `<p>Hello ${escapeHtml(String(ctx.query.name ?? 'there'))}</p>`;
});

router.get('/hello/json', (ctx: Context) => {
  ctx.body = { hello: ctx.query.name };
});

router.get('/users/:id', async (ctx: Context) => {
  const { rows } = await pool.query('SELECT id, name FROM users WHERE id = $1', [ctx.params.id]);
  ctx.body = rows[0] ?? null;
});

router.get('/users', async (ctx: Context) => {
  const team = ctx.query.team;
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT id, name FROM users WHERE team = '${team}'`);
  ctx.body = rows;
});

router.get('/docs/:page', async (ctx: Context) => {
  const page = ctx.params.page;
  // expect: path-traversal
  ctx.body = await fs.readFile(path.join(DOCS, page + '.md'), 'utf8');
});

router.get('/docs-safe/:page', async (ctx: Context) => {
  const page = path.basename(ctx.params.page);
  ctx.body = await fs.readFile(path.join(DOCS, page + '.md'), 'utf8');
});

router.post('/git/log', async (ctx: Context) => {
  const { branch } = ctx.request.body as { branch?: string };
  // expect: command-injection
  const { stdout } = await execAsync('git log --oneline -n 20 ' + (branch || 'main'));
  ctx.body = stdout;
});

router.post('/git/log-safe', async (ctx: Context) => {
  const { branch } = ctx.request.body as { branch?: string };
  const { stdout } = await execFileAsync('git', ['log', '--oneline', '-n', '20', '--', branch || 'main']);
  ctx.body = stdout;
});

router.get('/login/callback', (ctx: Context) => {
  const returnTo = ctx.query.returnTo as string | undefined;
  if (returnTo && TRUSTED.some((origin) => returnTo.startsWith(origin + '/'))) {
    ctx.redirect(returnTo);
    return;
  }
  ctx.redirect('/');
});

router.get('/go', (ctx: Context) => {
  // expect: open-redirect
  ctx.redirect(String(ctx.query.url));
});

export default router;
