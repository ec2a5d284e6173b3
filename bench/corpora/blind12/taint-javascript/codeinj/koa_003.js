// library: Koa (@koa/router) + new Function
// new Function: value from the request (query)
const Router = require('@koa/router');
const { getParam } = require('../lib/params');

const router = new Router();

router.get('/rules', async (ctx) => {
  const param = getParam(ctx, 'formula');
  const values = [];
  values.push('1 + 1');
  values.push(param);
  values.push('2 * 3');
  values.shift();
  const bar = values[0];
  // expect: code-injection
  const rule = new Function('row', `return ${bar};`);
  ctx.body = { matches: Boolean(rule({ total: 10 })) };
});

module.exports = router;
