const Router = require('@koa/router');
const fs = require('fs/promises');
const path = require('path');
const { execFile } = require('child_process');
const { pageHtml, renderCustom, escapeHtml } = require('./lib/render');
const db = require('./lib/db');

const router = new Router();
const PAGES = path.join(__dirname, 'pages');

router.get('/page/:slug', async (ctx) => {
  // expect: path-traversal
  const text = await fs.readFile(path.join(PAGES, ctx.params.slug + '.md'), 'utf8');
  ctx.body = pageHtml(ctx.params.slug, escapeHtml(text));
});

router.get('/page-safe/:slug', async (ctx) => {
  const slug = ctx.params.slug.replace(/[^a-z0-9-]/gi, '');
  const text = await fs.readFile(path.join(PAGES, slug + '.md'), 'utf8');
  ctx.body = pageHtml(slug, escapeHtml(text));
});

router.get('/search', async (ctx) => {
  const q = ctx.query.q || '';
  // expect: xss
  ctx.body = `<p>No pages match ${q}</p>`;
});

router.get('/search-safe', async (ctx) => {
  const q = ctx.query.q || '';
  ctx.body = `<p>No pages match ${escapeHtml(q)}</p>`;
});

router.post('/preview', async (ctx) => {
  const { template, title } = ctx.request.body;
  // expect: template-injection
  ctx.body = renderCustom(template, { title });
});

router.get('/history/:slug', async (ctx) => {
  const rows = await db.query('SELECT rev, author FROM revisions WHERE slug = $1', [ctx.params.slug]);
  ctx.body = rows;
});

router.get('/history-by-author', async (ctx) => {
  const author = ctx.query.author;
  // expect: sql-injection
  ctx.body = await db.query(`SELECT slug, rev FROM revisions WHERE author = '${author}'`);
});

router.get('/out', async (ctx) => {
  // expect: open-redirect
  ctx.redirect(ctx.query.url);
});

router.get('/out-safe', async (ctx) => {
  const target = String(ctx.query.url || '/');
  ctx.redirect(target.startsWith('/') && !target.startsWith('//') ? target : '/');
});

router.post('/export', async (ctx) => {
  const slug = ctx.request.body.slug;
  await new Promise((resolve, reject) => execFile('pandoc', ['-o', '/tmp/export.pdf', '--', path.join(PAGES, path.basename(slug) + '.md')], (e) => (e ? reject(e) : resolve())));
  ctx.status = 202;
});

module.exports = router;
