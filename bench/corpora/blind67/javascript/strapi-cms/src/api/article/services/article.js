'use strict';

const { createCoreService } = require('@strapi/strapi').factories;

const SORTS = {
  newest: 'published_at DESC',
  oldest: 'published_at ASC',
  title: 'title ASC',
};

module.exports = createCoreService('api::article.article', ({ strapi }) => ({
  async search(q, sort, tenant) {
    const knex = strapi.db.connection;
    const orderBy = SORTS[sort] || SORTS.newest;
    const like = `%${q}%`;

    // expect: sql-injection
    const result = await knex.raw(`SELECT id, title, slug FROM articles WHERE tenant = '${tenant}' AND title ILIKE ? ORDER BY ${orderBy} LIMIT 50`, [like]);
    return result.rows;
  },

  async countForTenant(tenant) {
    const knex = strapi.db.connection;
    const result = await knex('articles').where({ tenant }).count('id as total').first();
    return Number(result.total);
  },
}));
