// library: Koa / @koa/router / koa-bodyparser
import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import escapeHtml from 'escape-html';
import { promises as fs } from 'fs';
import path from 'path';
import { exec } from 'child_process';
import { promisify } from 'util';

const app = new Koa();
const router = new Router();
const sh = promisify(exec);
const DOCS = path.resolve('/srv/docs');

router.get('/hello', (ctx) => {
  // expect: xss
  ctx.body = `<h1>Hello ${ctx.query.name}</h1>`;
});

router.get('/hello-safe', (ctx) => {
  ctx.body = `<h1>Hello ${escapeHtml(String(ctx.query.name ?? ''))}</h1>`;
});

router.get('/docs/:name', async (ctx) => {
  // expect: path-traversal
  ctx.body = await fs.readFile(path.join(DOCS, ctx.params.name), 'utf8');
});

router.get('/docs-safe/:name', async (ctx) => {
  ctx.body = await fs.readFile(path.join(DOCS, path.basename(ctx.params.name)), 'utf8');
});

router.post('/archive', async (ctx) => {
  const { name } = ctx.request.body as { name: string };
  // expect: command-injection
  const { stdout } = await sh(`tar czf /tmp/${name}.tgz ${DOCS}`);
  ctx.body = { stdout };
});

router.get('/leave', (ctx) => {
  // expect: open-redirect
  ctx.redirect(String(ctx.query.to));
});

router.get('/back', (ctx) => {
  ctx.redirect('back', '/');
});

app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());
app.listen(Number(process.env.PORT ?? 4000));
