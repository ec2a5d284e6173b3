// library: Koa (@koa/router) + axios.get
// axios.get: value from the request (query)
const Router = require('@koa/router');
const axios = require('axios');

const router = new Router();

router.get('/fetch', async (ctx) => {
  const { url: param = '' } = ctx.query;
  const map = { keyA: 'status.example.com', keyB: param, keyC: 'api.example.com' };
  const bar = map.keyB;
  // expect: ssrf
  const { data } = await axios.get(bar, { timeout: 5000 });
  ctx.body = { length: String(data).length };
});

module.exports = router;
