// library: libxmljs2 + koa
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const libxml = require('libxmljs2');

const app = new Koa();
app.use(bodyParser({ enableTypes: ['text', 'xml'], extendTypes: { text: ['application/xml'] } }));

app.use(async (ctx, next) => {
  if (ctx.path !== '/import/catalog') return next();
  // expect: xxe
  const doc = libxml.parseXml(ctx.request.body, { noent: true, dtdload: true });
  ctx.body = { items: doc.find('//item').length };
});

app.use(async (ctx, next) => {
  if (ctx.path !== '/import/feed') return next();
  // expect: xxe
  const doc = libxml.parseXmlString(ctx.request.rawBody, { noent: true, nonet: false });
  ctx.body = { title: doc.get('//title')?.text() };
});

app.use(async (ctx, next) => {
  if (ctx.path !== '/import/catalog-safe') return next();
  const doc = libxml.parseXml(ctx.request.body, { noent: false, nonet: true });
  ctx.body = { items: doc.find('//item').length };
});

app.use(async (ctx) => {
  if (ctx.path !== '/import/feed-safe') return;
  const doc = libxml.parseXmlString(ctx.request.rawBody);
  ctx.body = { title: doc.get('//title')?.text() };
});

module.exports = app;
