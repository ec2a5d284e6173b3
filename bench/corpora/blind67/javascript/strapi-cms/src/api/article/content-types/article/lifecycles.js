'use strict';

/**
 * Article lifecycles. They run inside the request's async context, so the
 * Koa ctx of the request that triggered them is reachable through
 * strapi.requestContext (AsyncLocalStorage).
 */
module.exports = {
  async afterCreate(event) {
    const { result } = event;
    const ctx = strapi.requestContext.get();
    if (!ctx) {
      return;
    }

    const header = ctx.request.header['x-import-source'];
    const meta = { source: header || 'admin', kind: 'article.create' };
    const knex = strapi.db.connection;

    // expect: sql-injection
    await knex.raw(`INSERT INTO audit_log (entity_id, source, created_at) VALUES (${result.id}, '${meta.source}', NOW())`);

    await knex.raw(`INSERT INTO audit_log (entity_id, kind, created_at) VALUES (${Number(result.id)}, '${meta.kind}', NOW())`);
  },

  async afterUpdate(event) {
    const { result } = event;
    const ctx = strapi.requestContext.get();
    const source = ctx?.request.header['x-import-source'] ?? 'admin';
    await strapi.db.connection.raw('INSERT INTO audit_log (entity_id, source, created_at) VALUES (?, ?, NOW())', [result.id, source]);
  },
};
