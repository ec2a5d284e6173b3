const Router = require('@koa/router');
const path = require('path');
const send = require('koa-send');
const Product = require('./models/product');

const router = new Router({ prefix: '/catalog' });

router.post('/filter', async (ctx) => {
  const { maxPrice, category } = ctx.request.body;
  // expect: nosql-injection
  ctx.body = await Product.find({ category, $where: `this.price <= ${maxPrice}` });
});

router.post('/filter-safe', async (ctx) => {
  const { maxPrice, category } = ctx.request.body;
  ctx.body = await Product.find({ category: String(category), price: { $lte: Number(maxPrice) } });
});

router.post('/login', async (ctx) => {
  const { user, pass } = ctx.request.body;
  // expect: nosql-injection
  const account = await ctx.db.collection('accounts').findOne({ user, pass });
  ctx.body = { ok: !!account };
});

router.get('/images/:name', async (ctx) => {
  // expect: path-traversal
  await send(ctx, ctx.params.name, { root: '/', hidden: true });
});

router.get('/images-safe/:name', async (ctx) => {
  await send(ctx, path.basename(ctx.params.name), { root: path.resolve('public/images') });
});

router.get('/back', async (ctx) => {
  const ref = ctx.get('Referer') || '/catalog';
  ctx.redirect(ref.startsWith('/') ? ref : '/catalog');
});

module.exports = router;
