// koa-blog/routes/posts.js: public blog pages (knex queries, HTML built in handlers)
'use strict';
const Router = require('@koa/router');
const knex = require('../db');
const { input, positiveInt, slug, esc } = require('../utils/params');

const router = new Router({ prefix: '/posts' });

router.get('/', async (ctx) => {
  const page = positiveInt(ctx, 'page', 1);
  const tag = input(ctx, 'tag');
  const q = knex('posts').select('id', 'slug', 'title').where('published', true);
  if (tag) {
    // expect: sql-injection
    q.whereRaw(`'${tag}' = ANY(tags)`);
  }
  ctx.body = await q.orderBy('published_at', 'desc').limit(10).offset((page - 1) * 10);
});

router.get('/v2', async (ctx) => {
  const page = positiveInt(ctx, 'page', 1);
  const tag = input(ctx, 'tag');
  const q = knex('posts').select('id', 'slug', 'title').where('published', true);
  if (typeof tag === 'string') q.whereRaw('? = ANY(tags)', [tag]);
  ctx.body = await q.orderBy('published_at', 'desc').limit(10).offset((page - 1) * 10);
});

router.get('/search', async (ctx) => {
  const term = input(ctx, 'q', '');
  const rows = await knex('posts').where('title', 'ilike', `%${term}%`).limit(20);
  const items = rows.map((r) => `<li><a href="/posts/${esc(r.slug)}">${esc(r.title)}</a></li>`).join('');
  ctx.type = 'html';
  // expect: xss
  ctx.body = `<h1>Search: ${term}</h1><ul>${items}</ul>`;
});

router.get('/search/v2', async (ctx) => {
  const term = input(ctx, 'q', '');
  const rows = await knex('posts').where('title', 'ilike', `%${term}%`).limit(20);
  ctx.type = 'html';
  ctx.body = `<h1>Search: ${esc(term)}</h1><ul>${rows.map((r) => `<li>${esc(r.title)}</li>`).join('')}</ul>`;
});

router.get('/archive/:year', async (ctx) => {
  const { year } = ctx.params;
  const order = ctx.query.order === 'asc' ? 'asc' : 'desc';
  // expect: sql-injection
  ctx.body = await knex.raw(`SELECT slug, title FROM posts WHERE extract(year from published_at) = ${year} ORDER BY published_at ${order}`);
});

router.get('/archive/v2/:year', async (ctx) => {
  const year = Number.parseInt(ctx.params.year, 10);
  if (!Number.isInteger(year)) ctx.throw(400, 'bad year');
  const order = ctx.query.order === 'asc' ? 'asc' : 'desc';
  ctx.body = await knex.raw(`SELECT slug, title FROM posts WHERE extract(year from published_at) = ? ORDER BY published_at ${order}`, [year]);
});

router.get('/:slug', async (ctx) => {
  const s = slug(ctx, 'slug') || ctx.params.slug;
  const post = await knex('posts').where({ slug: s, published: true }).first();
  if (!post) ctx.throw(404);
  ctx.body = post;
});

router.get('/:slug/share', async (ctx) => {
  const network = input(ctx, 'network', 'twitter');
  const base = network === 'mastodon' ? ctx.query.instance : 'https://twitter.com';
  // expect: open-redirect
  ctx.redirect(`${base}/share?url=${encodeURIComponent(ctx.href)}`);
});

module.exports = router;
