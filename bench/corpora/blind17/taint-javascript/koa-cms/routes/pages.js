// library: koa + @koa/router
const Router = require('@koa/router');
const { q, escapeHtml } = require('../lib/query');

const router = new Router();

router.get('/preview', (ctx) => {
  const title = q(ctx, 'title', 'Untitled');
  ctx.type = 'html';
  // expect: xss
  ctx.body = `<article><h1>${title}</h1></article>`;
});

router.get('/tags', (ctx) => {
  const tags = String(ctx.query.tags || '').split(',');
  const items = tags.map((t) => '<li>' + t + '</li>');
  // expect: xss
  ctx.body = '<ul class="tags">' + items.join('') + '</ul>';
});

router.get('/preview-safe', (ctx) => {
  const title = q(ctx, 'title', 'Untitled');
  ctx.type = 'html';
  ctx.body = `<article><h1>${escapeHtml(title)}</h1></article>`;
});

router.get('/tags-safe', (ctx) => {
  const tags = String(ctx.query.tags || '').split(',').map(escapeHtml);
  ctx.body = '<ul class="tags">' + tags.map((t) => `<li>${t}</li>`).join('') + '</ul>';
});

router.get('/preview.json', (ctx) => {
  ctx.body = { title: q(ctx, 'title', 'Untitled') };
});

module.exports = router;
