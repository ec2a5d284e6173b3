'use strict';

const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const session = require('koa-session');

const pages = require('./routes/pages');
const media = require('./routes/media');
const { requestContext } = require('./lib/context');

const app = new Koa();
app.keys = [process.env.WIKI_SESSION_KEY || 'change-me-in-production'];

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: err.expose ? err.message : 'internal error' };
    ctx.app.emit('error', err, ctx);
  }
});

app.use(session({ key: 'wiki.sid', httpOnly: true, sameSite: 'lax' }, app));
app.use(bodyParser({ enableTypes: ['json', 'form', 'text'] }));
app.use(requestContext);

const router = new Router();
router.use('/pages', pages.routes(), pages.allowedMethods());
router.use('/media', media.routes(), media.allowedMethods());
app.use(router.routes()).use(router.allowedMethods());

app.on('error', (err) => {
  console.error('wiki error:', err.message);
});

module.exports = app;

if (require.main === module) {
  app.listen(Number(process.env.PORT || 4000));
}
