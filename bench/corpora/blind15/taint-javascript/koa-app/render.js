// library: koa (redirects and HTML bodies)
const Router = require('@koa/router');
const escapeHtml = require('escape-html');

const router = new Router();
const ALLOWED_RETURN = /^\/(?!\/)[A-Za-z0-9_\-/]*$/;

router.get('/sso/return', async (ctx) => {
  let target = ctx.query.returnTo;
  if (!target) target = '/dashboard';
  // expect: open-redirect
  ctx.redirect(target);
});

router.get('/search', async (ctx) => {
  const q = ctx.query.q || '';
  ctx.type = 'html';
  // expect: xss
  ctx.body = `<h1>Results for ${q}</h1>`;
});

router.get('/sso/return/v2', async (ctx) => {
  const target = String(ctx.query.returnTo || '/dashboard');
  ctx.redirect(ALLOWED_RETURN.test(target) ? target : '/dashboard');
});

router.get('/search/v2', async (ctx) => {
  ctx.type = 'html';
  ctx.body = `<h1>Results for ${escapeHtml(ctx.query.q || '')}</h1>`;
});

router.get('/search.json', async (ctx) => {
  ctx.body = { q: ctx.query.q || '' };
});

module.exports = router;
