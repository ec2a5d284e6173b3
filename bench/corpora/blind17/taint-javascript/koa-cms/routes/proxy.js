// library: koa + @koa/router + fetch
const Router = require('@koa/router');
const { q, oneOf } = require('../lib/query');

const router = new Router();

router.get('/status', async (ctx) => {
  const target = ctx.query.url ?? 'https://status.example.com/';
  // expect: ssrf
  const r = await fetch(target);
  ctx.body = { ok: r.ok };
});

router.get('/health', async (ctx) => {
  const host = q(ctx, 'host', 'status.example.com');
  // expect: ssrf
  const r = await fetch('https://' + host + '/health');
  ctx.body = { ok: r.ok };
});

router.get('/status-regional', async (ctx) => {
  const region = oneOf(q(ctx, 'region'), ['eu', 'us', 'ap'], 'eu');
  const r = await fetch(`https://${region}.api.example.com/status`);
  ctx.body = { ok: r.ok };
});

router.get('/inventory', async (ctx) => {
  const sku = encodeURIComponent(q(ctx, 'sku', ''));
  const r = await fetch(`https://inventory.example.com/items/${sku}`);
  ctx.body = await r.json();
});

module.exports = router;
