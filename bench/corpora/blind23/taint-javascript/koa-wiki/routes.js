// koa-wiki: page routes
const Router = require('@koa/router');
const { marked } = require('marked');
const DOMPurify = require('isomorphic-dompurify');
const { input, slug, esc, positiveInt, list } = require('./lib/params');
const storage = require('./lib/storage');

const router = new Router();

router.get('/wiki/:name', async (ctx) => {
  const { name } = ctx.params;
  // expect: path-traversal
  const text = await storage.readPage(name);
  ctx.type = 'html';
  ctx.body = DOMPurify.sanitize(marked.parse(text));
});

router.get('/v2/wiki/:name', async (ctx) => {
  const text = await storage.readPage(slug(ctx.params.name));
  ctx.type = 'html';
  ctx.body = DOMPurify.sanitize(marked.parse(text));
});

router.get('/search', async (ctx) => {
  const author = input(ctx, 'author', '');
  const limit = positiveInt(input(ctx, 'limit'), 20);
  const where = author ? `WHERE author = '${author}'` : '';
  // expect: sql-injection
  ctx.body = storage.rawQuery(`SELECT page, rev FROM history ${where} LIMIT ${limit}`);
});

router.get('/v2/search', async (ctx) => {
  ctx.body = storage.history(String(input(ctx, 'page', 'home')));
});

router.get('/preview', async (ctx) => {
  const title = input(ctx, 'title', 'Untitled');
  const tags = list(input(ctx, 'tags'));
  ctx.type = 'html';
  // expect: xss
  ctx.body = `<h1>${esc(title)}</h1><ul>${tags.map((t) => `<li>${t}</li>`).join('')}</ul>`;
});

router.get('/v2/preview', async (ctx) => {
  const tags = list(input(ctx, 'tags')).map(esc);
  ctx.type = 'html';
  ctx.body = `<ul>${tags.map((t) => `<li>${t}</li>`).join('')}</ul>`;
});

router.post('/wiki/:name', async (ctx) => {
  const name = slug(ctx.params.name);
  await storage.writePage(name, String(ctx.request.body.text || ''));
  storage.record(name, ctx.state.user || 'anon');
  const back = ctx.request.body.back || ctx.query.back;
  // expect: open-redirect
  ctx.redirect(back ? back : `/wiki/${name}`);
});

module.exports = router;
