'use strict';
/** Koa server exposing the QQ Music web API under friendlier routes. */
const Koa = require('koa');
const Router = require('koa-router');
const bodyParser = require('koa-bodyparser');
const cookieStore = require('./util/cookieStore');

const app = new Koa();
const router = new Router();

app.use(bodyParser({ enableTypes: ['json', 'form', 'text'] }));

app.use(async (ctx, next) => {
  ctx.set('Access-Control-Allow-Origin', ctx.get('origin') || '*');
  ctx.set('Access-Control-Allow-Credentials', 'true');
  const uin = ctx.cookies.get('uin') || ctx.query.uin || process.env.QQ;
  ctx.state.uin = uin ? String(uin).replace(/\D/g, '') : '';
  ctx.state.cookie = cookieStore.get(ctx.state.uin) || {};
  await next();
});

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { result: ctx.status, errMsg: err.message };
  }
});

router.use('/lyric', require('./routes/lyric').routes());
router.use('/song', require('./routes/song').routes());
router.use('/user', require('./routes/user').routes());

router.get('/', (ctx) => {
  ctx.body = { result: 100, data: 'QQ Music API is running' };
});

app.use(router.routes()).use(router.allowedMethods());

const port = Number(process.env.PORT) || 3300;
app.listen(port, () => {
  console.log(`server running @ http://localhost:${port}`);
});

module.exports = app;
