// library: Koa (@koa/router) + fs.promises.unlink
// fs.promises.unlink: value from the request (body)
const Router = require('@koa/router');
const fs = require('fs');
const path = require('path');

const router = new Router();

const UPLOAD_DIR = path.join(__dirname, 'uploads');

router.post('/remove', async (ctx) => {
  const param = ctx.request.body.name || 'readme.txt';
  if (!param) {
    ctx.throw(400, 'bad request');
  }
  const bar = param;
  // expect: path-traversal
  await fs.promises.unlink(path.resolve(UPLOAD_DIR, bar));
  ctx.body = { deleted: true };
});

module.exports = router;
