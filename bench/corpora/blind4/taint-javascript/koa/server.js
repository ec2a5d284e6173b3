'use strict';
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const send = require('koa-send');
const fs = require('fs');
const path = require('path');
const sqlite3 = require('better-sqlite3');
const fetch = require('node-fetch');
const ejs = require('ejs');
const { execSync } = require('child_process');

const app = new Koa();
const router = new Router();
const db = sqlite3(process.env.NOTES_DB || 'notes.db');
const UPLOADS = path.resolve(__dirname, 'uploads');

router.get('/notes', (ctx) => {
  const author = ctx.query.author || '';
  // expect: tainted-sql
  ctx.body = db.prepare(`SELECT id, title FROM notes WHERE author = '${author}'`).all();
});

router.get('/notes2', (ctx) => {
  ctx.body = db.prepare('SELECT id, title FROM notes WHERE author = ?').all(String(ctx.query.author || ''));
});

router.get('/notes/:id/raw', (ctx) => {
  const note = db.prepare('SELECT body FROM notes WHERE id = ?').get(Number(ctx.params.id));
  ctx.type = 'text/plain';
  ctx.body = note ? note.body : '';
});

router.get('/hello', (ctx) => {
  const name = ctx.query.name || 'there';
  ctx.type = 'html';
  // expect: tainted-xss
  ctx.body = `<p>Hello ${name}</p>`;
});

router.get('/files/:name', async (ctx) => {
  // expect: tainted-path
  ctx.body = fs.createReadStream(path.join(UPLOADS, ctx.params.name));
});

router.get('/files2/:name', async (ctx) => {
  await send(ctx, ctx.params.name, { root: UPLOADS });
});

router.post('/import', async (ctx) => {
  const { feedUrl } = ctx.request.body;
  // expect: tainted-ssrf
  const res = await fetch(feedUrl, { timeout: 5000 });
  ctx.body = { bytes: (await res.text()).length };
});

router.get('/go', (ctx) => {
  const target = ctx.query.url;
  // expect: tainted-redirect
  ctx.redirect(target);
});

router.get('/back', (ctx) => {
  ctx.redirect('back', '/');
});

router.post('/preview', (ctx) => {
  const { template } = ctx.request.body;
  // expect: tainted-template
  ctx.body = ejs.render(template, { user: ctx.state.user });
});

router.post('/wc', (ctx) => {
  const file = ctx.request.body.file;
  // expect: tainted-command
  ctx.body = execSync('wc -l ' + path.join(UPLOADS, file)).toString();
});

app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());
module.exports = app;
