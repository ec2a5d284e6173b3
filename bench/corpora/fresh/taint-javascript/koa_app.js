const Koa = require('koa');
const Router = require('@koa/router');
const { Pool } = require('pg');
const { spawn } = require('child_process');
const fs = require('fs/promises');

const app = new Koa();
const router = new Router();
const db = new Pool();

router.get('/users', async (ctx) => {
  const sort = ctx.query.sort || 'id';
  const q = 'SELECT id, email FROM users ORDER BY ' + sort;
  // expect: sql-injection
  const { rows } = await db.query(q);
  ctx.body = rows;
});

router.get('/users/:id', async (ctx) => {
  const { rows } = await db.query('SELECT id, email FROM users WHERE id = $1', [ctx.params.id]);
  ctx.body = rows[0];
});

router.get('/users-by-team', async (ctx) => {
  const team = ctx.request.query.team;
  const text = `SELECT id FROM users WHERE team = '${team}'`;
  // expect: sql-injection
  const result = await db.query({ text });
  ctx.body = result.rows;
});

router.get('/greet', async (ctx) => {
  const who = ctx.query.who;
  ctx.type = 'html';
  // expect: xss
  ctx.body = `<p>Hello ${who}</p>`;
});

router.get('/greet-json', async (ctx) => {
  const who = ctx.query.who;
  ctx.body = { greeting: `Hello ${who}` };
});

router.post('/backup', async (ctx) => {
  const { target } = ctx.request.body;
  // expect: command-injection
  const child = spawn('sh', ['-c', 'tar czf ' + target + ' /data']);
  ctx.body = { pid: child.pid };
});

router.post('/backup-fixed', async (ctx) => {
  const child = spawn('tar', ['czf', '/backups/latest.tgz', '/data']);
  ctx.body = { pid: child.pid };
});

router.get('/logs/:name', async (ctx) => {
  const logName = ctx.params.name;
  // expect: path-traversal
  ctx.body = await fs.readFile('/var/log/app/' + logName, 'utf8');
});

router.get('/leave', async (ctx) => {
  const to = ctx.query.to;
  // expect: open-redirect
  ctx.redirect(to);
});

app.use(router.routes());
module.exports = app;
