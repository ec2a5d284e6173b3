// library: Koa (@koa/router) + mongoose (products)
// mongoose (products): value from the request (body)
const Router = require('@koa/router');
const mongoose = require('mongoose');

const router = new Router();

const Product = mongoose.model('Product', new mongoose.Schema({ name: String, category: String }));

router.post('/products', async (ctx) => {
  let param = ctx.request.body.filter;
  if (!param) {
    param = {};
  }
  const target = 'B';
  let bar;
  switch (target) {
    case 'A':
      bar = param;
      break;
    case 'B':
      bar = { category: 'music' };
      break;
    default:
      bar = {};
  }
  const docs = await Product.find(bar).limit(50);
  ctx.body = { docs };
});

module.exports = router;
