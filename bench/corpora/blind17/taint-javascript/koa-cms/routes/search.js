// library: koa + koa-bodyparser + mongoose
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const mongoose = require('mongoose');

const Article = mongoose.model('Article', new mongoose.Schema({ title: String, author: String, published: Boolean, draftOf: String }));
const router = new Router();
router.use(bodyParser());

router.post('/articles/search', async (ctx) => {
  const filter = { published: true, ...ctx.request.body.filter };
  // expect: nosql-injection
  ctx.body = await Article.find(filter).limit(50);
});

router.post('/articles/by-author', async (ctx) => {
  const author = String(ctx.request.body.author ?? '');
  ctx.body = await Article.find({ author, published: true }).limit(50);
});

router.post('/articles/by-title', async (ctx) => {
  const { title } = ctx.request.body;
  if (typeof title !== 'string') ctx.throw(400, 'title must be a string');
  ctx.body = await Article.find({ title, published: true }).limit(50);
});

module.exports = router;
