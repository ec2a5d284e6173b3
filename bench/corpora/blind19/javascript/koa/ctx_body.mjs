// Koa: ctx.body strings that start with "<" are served as text/html
import Koa from 'koa';
import Router from '@koa/router';
import escapeHtml from 'escape-html';

const app = new Koa();
const router = new Router();

router.get('/welcome', (ctx) => {
  // expect: xss
  ctx.body = `<h1>Welcome ${ctx.query.user}</h1>`;
});

router.get('/profile/:handle', (ctx) => {
  ctx.type = 'html';
  // expect: xss
  ctx.body = '<div class="profile">@' + ctx.params.handle + '</div>';
});

router.get('/welcome-safe', (ctx) => {
  ctx.body = `<h1>Welcome ${escapeHtml(String(ctx.query.user ?? ''))}</h1>`;
});

router.get('/api/welcome', (ctx) => {
  ctx.body = { user: ctx.query.user };
});

router.get('/ping', (ctx) => {
  ctx.body = '<p>pong</p>';
});

app.use(router.routes()).use(router.allowedMethods());
export default app;
