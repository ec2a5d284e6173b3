// koa-blog/server.js: the Koa app (body parser, routers, error handler)
'use strict';
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const helmet = require('koa-helmet');

const posts = require('./routes/posts');
const admin = require('./routes/admin');

const app = new Koa();
app.proxy = true;

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: ctx.status === 500 ? 'internal error' : err.message };
    ctx.app.emit('error', err, ctx);
  }
});

app.use(helmet());
app.use(bodyParser({ jsonLimit: '100kb' }));

app.use(async (ctx, next) => {
  if (ctx.path.startsWith('/admin') && ctx.state.user?.role !== 'admin') {
    ctx.throw(403);
  }
  await next();
});

app.use(posts.routes()).use(posts.allowedMethods());
app.use(admin.routes()).use(admin.allowedMethods());

app.use(async (ctx) => {
  ctx.status = 404;
  ctx.body = { error: 'not found', path: ctx.path };
});

app.on('error', (err) => console.error('server error', err.message));

module.exports = app.listen(Number(process.env.PORT) || 3001);
