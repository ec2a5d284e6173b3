// koa-wiki: server entry point
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const helmet = require('koa-helmet');
const router = require('./routes');

const app = new Koa();
app.proxy = false;
app.use(helmet());
app.use(bodyParser({ jsonLimit: '200kb', formLimit: '200kb' }));

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: ctx.status === 500 ? 'internal error' : err.message };
  }
});

app.use(async (ctx, next) => {
  const user = ctx.get('x-user');
  ctx.state.user = /^[a-z0-9_]{1,32}$/.test(user) ? user : null;
  await next();
});

app.use(router.routes());
app.use(router.allowedMethods());

app.use(async (ctx) => {
  ctx.status = 404;
  ctx.body = { error: 'not found' };
});

if (require.main === module) {
  app.listen(Number(process.env.PORT) || 4000, '127.0.0.1');
}

module.exports = app;
