'use strict';

const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const userState = require('./middleware/state');
const pagesRouter = require('./routes/pages');
const { connect } = require('./lib/mongo');

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

app.use(bodyParser({ enableTypes: ['json', 'form'] }));
app.use(userState());
app.use(pagesRouter.routes()).use(pagesRouter.allowedMethods());

async function main() {
  await connect(process.env.MONGO_URL || 'mongodb://127.0.0.1:27017/wiki');
  app.listen(Number(process.env.PORT || 3300));
}

if (require.main === module) {
  main();
}

module.exports = app;
