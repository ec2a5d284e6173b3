const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const send = require('koa-send');
const Database = require('better-sqlite3');
const { exec: run } = require('child_process');
const { promisify } = require('util');
const fs = require('fs');
const path = require('path');

const execAsync = promisify(run);
const app = new Koa();
const router = new Router();
const db = new Database('/var/lib/admin/admin.db');
const REPORT_ROOT = '/var/lib/admin/reports';
const ENVIRONMENTS = { staging: 'deploy-staging.sh', production: 'deploy-prod.sh' };

router.get('/audit', (ctx) => {
  const actor = ctx.query.actor;
  // expect: sql-injection
  ctx.body = db.prepare(`SELECT * FROM audit WHERE actor = '${actor}' ORDER BY ts DESC`).all();
});

router.get('/audit-safe', (ctx) => {
  ctx.body = db.prepare('SELECT * FROM audit WHERE actor = ? ORDER BY ts DESC').all(ctx.query.actor);
});

router.get('/reports/:name', async (ctx) => {
  // expect: path-traversal
  ctx.body = fs.createReadStream(path.join(REPORT_ROOT, ctx.params.name));
});

router.get('/reports-safe/:name', async (ctx) => {
  await send(ctx, ctx.params.name, { root: REPORT_ROOT });
});

router.post('/deploy', async (ctx) => {
  const { env, ref } = ctx.request.body;
  // expect: command-injection
  const { stdout } = await execAsync(`./scripts/deploy.sh ${env} ${ref}`);
  ctx.body = stdout;
});

router.post('/deploy-safe', async (ctx) => {
  const script = ENVIRONMENTS[ctx.request.body.env];
  if (!script) ctx.throw(400, 'unknown environment');
  const { stdout } = await execAsync(`./scripts/${script}`);
  ctx.body = stdout;
});

router.get('/hello', (ctx) => {
  ctx.type = 'html';
  // expect: xss
  ctx.body = `<p>Signed in as ${ctx.query.user}</p>`;
});

router.get('/hello-json', (ctx) => {
  ctx.body = { user: ctx.query.user };
});

router.get('/sso/callback', (ctx) => {
  const dest = ctx.cookies.get('after_login') || '/';
  // expect: open-redirect
  ctx.redirect(dest);
});

router.get('/sso/callback-safe', (ctx) => {
  const dest = ctx.cookies.get('after_login') || '/';
  ctx.redirect(/^\/[a-z0-9/_-]*$/i.test(dest) ? dest : '/');
});

router.get('/schedule', (ctx) => {
  const delay = Number(ctx.query.delay) || 1000;
  setTimeout(() => db.prepare('DELETE FROM sessions WHERE expired = 1').run(), delay);
  ctx.status = 202;
});

app.use(bodyParser()).use(router.routes()).use(router.allowedMethods());
module.exports = app;
