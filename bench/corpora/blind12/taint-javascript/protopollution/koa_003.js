// library: Koa (@koa/router) + nested assignment
// nested assignment: value from the request (body)
const Router = require('@koa/router');

const router = new Router();

const settings = { general: {}, display: {} };

router.post('/prefs', async (ctx) => {
  const body = ctx.request.body;
  let param = ctx.request.body.section;
  if (!param) {
    param = '';
  }
  const values = [];
  values.push('general');
  values.push(param);
  values.push('display');
  values.shift();
  const bar = values[0];
  const key = String(body.key ?? '');
  const value = body.value;
  // expect: prototype-pollution
  settings[bar][key] = value;
  ctx.body = { ok: true };
});

module.exports = router;
