// library: koa + @koa/router (file downloads)
const fs = require('fs');
const path = require('path');
const Router = require('@koa/router');
const send = require('koa-send');

const router = new Router();
const ROOT = path.resolve(__dirname, 'storage');

function storagePath(tenant, name) {
  return path.join(ROOT, tenant, name);
}

router.get('/files/:tenant', async (ctx) => {
  const name = ctx.query.name || 'readme.txt';
  const file = storagePath(ctx.params.tenant, name);
  ctx.type = path.extname(file);
  // expect: path-traversal
  ctx.body = fs.createReadStream(file);
});

router.get('/files/v2/:tenant', async (ctx) => {
  const file = path.resolve(ROOT, ctx.params.tenant, String(ctx.query.name || 'readme.txt'));
  if (!file.startsWith(ROOT + path.sep)) ctx.throw(400, 'bad path');
  ctx.body = fs.createReadStream(file);
});

router.get('/static/:name', async (ctx) => {
  await send(ctx, ctx.params.name, { root: ROOT });
});

module.exports = router;
