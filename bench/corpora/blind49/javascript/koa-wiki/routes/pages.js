'use strict';

const Router = require('@koa/router');
const escapeHtml = require('escape-html');
const { PageStore } = require('../lib/store');
const render = require('../lib/render');

const router = new Router();

const SAFE_NEXT = /^\/(?!\/)[\w\-/]*$/;

router.get('/:slug', async (ctx) => {
  const store = new PageStore(ctx.state.space);
  const page = await store.findBySlug(ctx.params.slug);
  ctx.assert(page, 404, 'no such page');
  ctx.type = 'html';
  ctx.body = render.renderPage(page);
});

router.post('/search', async (ctx) => {
  const store = new PageStore(ctx.state.space);
  const { where } = ctx.request.body;
  ctx.body = await store.findWhere(where);
});

router.get('/search/title', async (ctx) => {
  const store = new PageStore(ctx.state.space);
  ctx.body = await store.findByTitle(ctx.query.title);
});

router.post('/:slug/history', async (ctx) => {
  const store = new PageStore(ctx.state.space);
  const { author } = ctx.request.body || {};
  ctx.body = await store.history(ctx.params.slug, author);
});

router.get('/:slug/notice', async (ctx) => {
  const message = ctx.query.msg || 'Saved.';
  ctx.type = 'html';
  // expect: xss
  ctx.body = render.renderBanner(message);
});

router.get('/:slug/notice-safe', async (ctx) => {
  const message = ctx.query.msg || 'Saved.';
  ctx.type = 'html';
  ctx.body = render.renderBanner(escapeHtml(message));
});

router.post('/:slug/preview', async (ctx) => {
  const { template, ...fields } = ctx.request.body;
  ctx.type = 'html';
  ctx.body = render.renderCustom(template, fields);
});

router.post('/:slug/preview-card', async (ctx) => {
  const { template, ...fields } = ctx.request.body;
  ctx.type = 'html';
  ctx.body = render.renderFixed({ name: fields.name, summary: fields.summary, template: template });
});

router.post('/:slug', async (ctx) => {
  const store = new PageStore(ctx.state.space);
  await store.save(ctx.params.slug, ctx.request.body.body, ctx.state.editor);
  const next = ctx.state.next;
  if (next && SAFE_NEXT.test(next)) {
    ctx.redirect(next);
    return;
  }
  ctx.redirect(`/pages/${encodeURIComponent(ctx.params.slug)}`);
});

router.post('/:slug/close', async (ctx) => {
  const next = ctx.state.next || '/';
  // expect: open-redirect
  ctx.redirect(next);
});

router.get('/:slug/raw', async (ctx) => {
  const store = new PageStore(ctx.state.space);
  const page = await store.findBySlug(ctx.params.slug);
  ctx.assert(page, 404);
  ctx.type = 'text/plain';
  ctx.body = page.body;
  ctx.set('X-Editor', escapeHtml(String(page.editor)));
});

module.exports = router;
