// library: Koa (@koa/router) + pg
// pg: value from the request (body)
const Router = require('@koa/router');
const { Pool } = require('pg');

const router = new Router();

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const CHOICES = { a: 'alice', b: 'shipped', c: 'books' };

function pick(value) {
  return Object.hasOwn(CHOICES, value) ? CHOICES[value] : value;
}

router.post('/posts', async (ctx) => {
  const param = ctx.request.body.category || 'alice';
  const bar = pick(param);
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT title FROM posts WHERE author = '${bar}'`);
  ctx.body = { titles: rows.map((r) => r.title) };
});

module.exports = router;
