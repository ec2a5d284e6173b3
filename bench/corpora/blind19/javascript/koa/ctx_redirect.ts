// Koa (TS): ctx.redirect with query values, and a relative-path check
import Koa from 'koa';
import Router from '@koa/router';

const app = new Koa();
const router = new Router();

router.get('/oauth/finish', async (ctx) => {
  const redirectUri = ctx.query.redirect_uri as string;
  // expect: open-redirect
  ctx.redirect(redirectUri);
});

router.get('/r', async (ctx) => {
  // expect: open-redirect
  ctx.redirect(String(ctx.request.query.u ?? '/'));
});

router.get('/after-save', async (ctx) => {
  const next = String(ctx.query.next ?? '/');
  if (/^\/(?!\/)[\w\-/]*$/.test(next)) {
    ctx.redirect(next);
    return;
  }
  ctx.redirect('/');
});

router.get('/old-home', async (ctx) => {
  ctx.status = 301;
  ctx.redirect('/home');
});

app.use(router.routes());
export default app;
