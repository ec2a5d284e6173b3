'use strict';

const Router = require('@koa/router');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });
const mysql = require('mysql');
const escapeHtml = require('escape-html');

const router = new Router({ prefix: '/v1' });
const legacy = mysql.createConnection(process.env.LEGACY_MYSQL_URL);

router.get('/items', async (ctx) => {
  const { category } = ctx.query;
  // expect: sql-injection
  const rows = await knex.raw(`SELECT * FROM items WHERE category = '${category}'`);
  ctx.body = rows.rows;
});

router.get('/items/safe', async (ctx) => {
  const rows = await knex('items').where({ category: ctx.query.category }).limit(100);
  ctx.body = rows;
});

router.get('/items/raw-bound', async (ctx) => {
  const rows = await knex.raw('SELECT * FROM items WHERE category = ?', [ctx.query.category]);
  ctx.body = rows.rows;
});

router.get('/legacy/:id', (ctx) => new Promise((resolve, reject) => {
  const q = 'SELECT * FROM items WHERE id = ' + ctx.params.id;
  // expect: sql-injection
  legacy.query(q, (err, rows) => {
    if (err) return reject(err);
    ctx.body = rows;
    resolve();
  });
}));

router.get('/legacy-safe/:id', (ctx) => new Promise((resolve, reject) => {
  legacy.query('SELECT * FROM items WHERE id = ?', [ctx.params.id], (err, rows) => {
    if (err) return reject(err);
    ctx.body = rows;
    resolve();
  });
}));

router.get('/hello', (ctx) => {
  const who = ctx.request.query.who || 'anon';
  ctx.type = 'text/html';
  // expect: xss
  ctx.body = '<h1>Hi ' + who + '</h1>';
});

router.get('/hello-safe', (ctx) => {
  ctx.type = 'text/html';
  ctx.body = '<h1>Hi ' + escapeHtml(ctx.query.who || 'anon') + '</h1>';
});

router.get('/bounce', (ctx) => {
  // expect: open-redirect
  ctx.redirect(ctx.query.to);
});

router.get('/bounce-back', (ctx) => {
  ctx.redirect('/v1/items');
});

module.exports = router;
