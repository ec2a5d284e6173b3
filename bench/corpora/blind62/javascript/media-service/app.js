const Koa = require('koa');
const { koaBody } = require('koa-body');
const Router = require('@koa/router');
const { loadAccount, rememberPreset } = require('./middleware/account');
const mediaRoutes = require('./routes/media');

const app = new Koa();
const router = new Router({ prefix: '/media' });

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: ctx.status === 500 ? 'internal error' : err.message };
    ctx.app.emit('error', err, ctx);
  }
});

app.use(koaBody({ multipart: true, formidable: { maxFileSize: 200 * 1024 * 1024, keepExtensions: true } }));
app.use(loadAccount);
app.use(rememberPreset);

mediaRoutes(router);
app.use(router.routes()).use(router.allowedMethods());

app.listen(process.env.PORT || 3300);

module.exports = app;
