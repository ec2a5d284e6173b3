const kb = require('../services/knowledgeBase');

function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

module.exports = function kbRoutes(router) {
  router.get('/kb/tags/:tag', async (ctx) => {
    ctx.body = kb.byTag(ctx.params.tag);
  });

  router.get('/kb/v2/tags/:tag', async (ctx) => {
    ctx.body = kb.byTagSafe(ctx.params.tag);
  });

  router.get('/kb/articles/:id', async (ctx) => {
    const article = kb.byId(ctx.params.id);
    if (!article) ctx.throw(404);
    ctx.body = article;
  });

  router.get('/kb/search', async (ctx) => {
    const q = ctx.query.q || '';
    const results = kb.byTagSafe(q);
    ctx.type = 'html';
    if (!results.length) {
      // expect: xss
      ctx.body = `<p>No articles match <b>${q}</b>.</p>`;
      return;
    }
    ctx.body = `<p>${results.length} articles for <b>${escapeHtml(q)}</b></p>`;
  });
};
