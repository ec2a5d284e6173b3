// library: Koa (@koa/router) + redirect
// redirect: value from the request (header)
const Router = require('@koa/router');

const router = new Router();

router.get('/login', async (ctx) => {
  const param = ctx.get('X-next') ?? '';
  const num = 106;
  const bar = 7 * 18 + num > 200 ? '/dashboard' : param;
  ctx.redirect(bar);
});

module.exports = router;
