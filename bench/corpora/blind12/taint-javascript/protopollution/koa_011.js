// library: Koa (@koa/router) + dotted path setter
// dotted path setter: value from the request (body)
const Router = require('@koa/router');

const router = new Router();

const prefs = {};

function setPath(obj, dotted, value) {
  const parts = dotted.split('.');
  let cur = obj;
  for (const part of parts.slice(0, -1)) {
    if (!cur[part]) cur[part] = {};
    cur = cur[part];
  }
  cur[parts[parts.length - 1]] = value;
}

router.post('/profile', async (ctx) => {
  const body = ctx.request.body;
  const param = ctx.request.body.path ?? '';
  const num = 86;
  const bar = 7 * 18 + num > 200 ? param : 'theme.mode';
  const value = body.value;
  // expect: prototype-pollution
  setPath(prefs, bar, value);
  ctx.body = { prefs };
});

module.exports = router;
