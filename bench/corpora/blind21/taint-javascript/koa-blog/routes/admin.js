// koa-blog/routes/admin.js: admin tools (backups, theme previews, link checker)
'use strict';
const Router = require('@koa/router');
const { execFile, exec } = require('child_process');
const { promisify } = require('util');
const fs = require('fs/promises');
const path = require('path');
const { input } = require('../utils/params');

const execP = promisify(exec);
const execFileP = promisify(execFile);
const router = new Router({ prefix: '/admin' });
const THEMES_DIR = path.resolve(__dirname, '..', 'themes');

router.post('/backup', async (ctx) => {
  const label = input(ctx, 'label', 'manual');
  const file = `/var/backups/blog-${label}.sql.gz`;
  // expect: command-injection
  await execP(`pg_dump "$DATABASE_URL" | gzip > ${file}`);
  ctx.body = { file };
});

router.post('/backup/v2', async (ctx) => {
  const raw = input(ctx, 'label', 'manual');
  const label = /^[a-z0-9-]{1,32}$/.test(raw) ? raw : 'manual';
  await execP(`pg_dump "$DATABASE_URL" | gzip > /var/backups/blog-${label}.sql.gz`);
  ctx.body = { label };
});

router.get('/themes/preview', async (ctx) => {
  const { theme = 'default' } = ctx.query;
  // expect: path-traversal
  const css = await fs.readFile(path.join(THEMES_DIR, theme, 'style.css'), 'utf8');
  ctx.type = 'text/css';
  ctx.body = css;
});

router.get('/themes/v2/preview', async (ctx) => {
  const themes = await fs.readdir(THEMES_DIR);
  const theme = themes.includes(ctx.query.theme) ? ctx.query.theme : 'default';
  ctx.type = 'text/css';
  ctx.body = await fs.readFile(path.join(THEMES_DIR, theme, 'style.css'), 'utf8');
});

router.post('/links/check', async (ctx) => {
  const urls = [].concat(input(ctx, 'urls', []));
  // expect: ssrf
  const checks = urls.map((u) => fetch(u, { method: 'HEAD', redirect: 'manual' }).then((r) => ({ u, status: r.status }), () => ({ u, status: 0 })));
  ctx.body = await Promise.all(checks);
});

router.post('/git/pull', async (ctx) => {
  const branch = input(ctx, 'branch', 'main');
  const { stdout } = await execFileP('git', ['-C', '/srv/blog', 'pull', '--ff-only', 'origin', '--', branch]);
  ctx.body = stdout;
});

module.exports = router;
