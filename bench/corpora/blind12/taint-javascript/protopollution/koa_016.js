// library: Koa (@koa/router) + nested assignment
// nested assignment: value from the request (body)
const Router = require('@koa/router');

const router = new Router();

const settings = { general: {}, display: {} };

const ALLOWED = ['general', 'display', 'privacy'];

router.post('/prefs', async (ctx) => {
  const body = ctx.request.body;
  const param = ctx.request.body.section || 'general';
  if (!ALLOWED.includes(param)) {
    ctx.throw(400, 'bad request');
  }
  const bar = param;
  const key = String(body.key ?? '');
  const value = body.value;
  settings[bar][key] = value;
  ctx.body = { ok: true };
});

module.exports = router;
