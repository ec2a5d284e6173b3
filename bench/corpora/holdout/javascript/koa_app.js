'use strict';

const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const crypto = require('crypto');
const cp = require('child_process');
const { Sequelize, QueryTypes } = require('sequelize');
const escapeHtml = require('escape-html');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const app = new Koa();
const router = new Router({ prefix: '/api' });
const SAFE_RETURN = new Set(['/dashboard', '/settings', '/billing']);

router.get('/login/done', async (ctx) => {
  const returnTo = ctx.query.returnTo;
  if (SAFE_RETURN.has(returnTo)) {
    return ctx.redirect(returnTo);
  }
  ctx.redirect('/dashboard');
});

router.get('/sso/done', async (ctx) => {
  // expect: open-redirect
  ctx.redirect(ctx.query.next || '/');
});

router.get('/search', async (ctx) => {
  const q = ctx.query.q || '';
  ctx.type = 'html';
  // expect: xss
  ctx.body = `<h2>Results for ${q}</h2>`;
});

router.get('/search/safe', async (ctx) => {
  ctx.type = 'html';
  ctx.body = `<h2>Results for ${escapeHtml(ctx.query.q || '')}</h2>`;
});

router.get('/projects/:id/members', async (ctx) => {
  const rows = await sequelize.query('SELECT * FROM members WHERE project_id = :id', {
    replacements: { id: ctx.params.id },
    type: QueryTypes.SELECT,
  });
  ctx.body = rows;
});

router.get('/projects', async (ctx) => {
  const owner = ctx.query.owner;
  // expect: sql-injection
  const rows = await sequelize.query(`SELECT * FROM projects WHERE owner = '${owner}' ORDER BY created_at DESC`, { type: QueryTypes.SELECT });
  ctx.body = rows;
});

router.post('/projects/:id/archive', async (ctx) => {
  const { id } = ctx.params;
  // expect: command-injection
  cp.exec(`tar czf /archives/${id}.tgz /data/projects/${ctx.request.body.dir}`, (err) => {
    if (err) console.error(err);
  });
  ctx.status = 202;
});

router.post('/projects/:id/thumbnail', async (ctx) => {
  await new Promise((resolve, reject) =>
    cp.execFile('convert', [`/data/projects/${Number(ctx.params.id)}/cover.png`, '-resize', '200x', '/tmp/thumb.png'], (err) => (err ? reject(err) : resolve())));
  ctx.status = 204;
});

router.post('/users', async (ctx) => {
  const { email, password } = ctx.request.body;
  // expect: weak-hash
  const digest = crypto.createHash('md5').update(password).digest('hex');
  await sequelize.query('INSERT INTO users (email, password_md5) VALUES (?, ?)', { replacements: [email, digest] });
  ctx.status = 201;
});

router.get('/avatar/:email', async (ctx) => {
  const hash = crypto.createHash('md5').update(ctx.params.email.trim().toLowerCase()).digest('hex');
  ctx.redirect(`https://www.gravatar.com/avatar/${hash}?d=identicon`);
});

router.get('/assets/:name', async (ctx) => {
  const body = await loadAsset(ctx.params.name);
  ctx.set('ETag', crypto.createHash('sha1').update(body).digest('base64'));
  ctx.body = body;
});

async function loadAsset(name) {
  return Buffer.from(name);
}

app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());
app.listen(process.env.PORT || 3000);
