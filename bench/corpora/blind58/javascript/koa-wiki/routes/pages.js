'use strict';

const Router = require('@koa/router');
const pageService = require('../services/pageService');
const { renderPage, renderSnippet, renderGreeting, renderSignature } = require('../lib/render');

const router = new Router({ prefix: '/wiki' });

router.get('/raw/:slug', async (ctx) => {
  ctx.type = 'text/markdown';
  ctx.body = await pageService.readMarkdown(ctx.state.lang, ctx.params.slug);
});

router.get('/view/:slug', async (ctx) => {
  const markdown = await pageService.readMarkdownChecked(ctx.state.safeLang, ctx.params.slug);
  ctx.body = await renderPage('page', { markdown, user: ctx.state.user, theme: ctx.state.theme });
});

router.get('/search', async (ctx) => {
  const { q = '', mode } = ctx.query;
  ctx.body = mode === 'regex' ? await pageService.searchRegex(String(q)) : await pageService.search(q);
});

router.post('/lookup', async (ctx) => {
  const { slug } = ctx.request.body;
  ctx.body = (await pageService.bySlug(slug)) || { missing: true };
});

router.post('/lookup-strict', async (ctx) => {
  ctx.body = (await pageService.bySlugString(ctx.request.body.slug)) || { missing: true };
});

router.get('/history', async (ctx) => {
  ctx.body = await pageService.history(ctx.query.author);
});

router.post('/preview', async (ctx) => {
  const { snippet } = ctx.request.body;
  ctx.type = 'html';
  ctx.body = renderSnippet(snippet || '<p>(empty)</p>', { user: ctx.state.user });
});

router.get('/hello', async (ctx) => {
  ctx.type = 'html';
  ctx.body = renderGreeting(ctx.state.user, ctx.state.safeLang);
});

router.get('/signature', async (ctx) => {
  ctx.type = 'text/plain';
  ctx.body = renderSignature(ctx.state.user.name);
});

router.get('/whoami', async (ctx) => {
  ctx.type = 'html';
  // expect: xss
  ctx.body = `<p>Signed in as <b>${ctx.state.user.name}</b> (${ctx.state.user.groups.join(', ')})</p>`;
});

router.get('/go', async (ctx) => {
  const target = ctx.query.to;
  // expect: open-redirect
  ctx.redirect(target || '/wiki/view/home');
});

module.exports = router;
