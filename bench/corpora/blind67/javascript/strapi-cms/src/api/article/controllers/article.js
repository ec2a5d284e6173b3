'use strict';

const { createCoreController } = require('@strapi/strapi').factories;

const PREVIEW_FRONTENDS = {
  web: 'https://www.example-news.com/preview',
  app: 'https://app.example-news.com/preview',
};

module.exports = createCoreController('api::article.article', ({ strapi }) => ({
  async search(ctx) {
    const { q = '', sort } = ctx.query;
    const service = strapi.service('api::article.article');
    const results = await service.search(q, sort, ctx.state.tenant);
    ctx.body = { data: results };
  },

  async searchScoped(ctx) {
    const { q = '', sort } = ctx.query;
    const service = strapi.service('api::article.article');
    const results = await service.search(q, sort, ctx.state.knownTenant);
    ctx.body = { data: results };
  },

  async preview(ctx) {
    const { redirectTo, documentId } = ctx.request.query;
    const target = `${redirectTo}?id=${encodeURIComponent(documentId || '')}`;
    // expect: open-redirect
    ctx.redirect(target);
  },

  async previewKnown(ctx) {
    const { frontend, documentId } = ctx.request.query;
    const base = PREVIEW_FRONTENDS[frontend];
    if (!base) {
      return ctx.badRequest('Unknown frontend');
    }
    ctx.redirect(`${base}?id=${encodeURIComponent(documentId || '')}`);
  },
}));
