// library: Koa (@koa/router) + recursive merge
// recursive merge: value from the request (body)
const Router = require('@koa/router');

const router = new Router();

const settings = { theme: 'light', notifications: { email: true } };

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (source[key] && typeof source[key] === 'object') {
      if (!target[key]) target[key] = {};
      deepMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

router.post('/settings', async (ctx) => {
  let param = ctx.request.body.settings;
  if (!param) {
    param = {};
  }
  const target = 'B';
  let bar;
  switch (target) {
    case 'A':
      bar = { theme: 'dark' };
      break;
    case 'B':
      bar = param;
      break;
    default:
      bar = {};
  }
  // expect: prototype-pollution
  deepMerge(settings, bar);
  ctx.body = { settings };
});

module.exports = router;
