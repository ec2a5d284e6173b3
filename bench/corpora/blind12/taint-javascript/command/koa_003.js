// library: Koa (@koa/router) + child_process (grep)
// child_process (grep): value from the request (query)
const Router = require('@koa/router');
const { execSync } = require('child_process');
const { getParam } = require('../lib/params');

const router = new Router();

const LOG_FILE = '/var/log/app/access.log';

router.get('/grep', async (ctx) => {
  const param = getParam(ctx, 'ref');
  const values = [];
  values.push('localhost');
  values.push(param);
  values.push('main');
  values.shift();
  const bar = values[0];
  // expect: command-injection
  const count = execSync('grep -c ' + bar + ' ' + LOG_FILE).toString().trim();
  ctx.body = { count };
});

module.exports = router;
