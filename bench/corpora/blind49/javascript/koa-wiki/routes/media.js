'use strict';

const Router = require('@koa/router');
const fs = require('fs/promises');
const path = require('path');
const fetcher = require('../lib/fetcher');

const router = new Router();
const MEDIA_ROOT = path.resolve(process.env.WIKI_MEDIA || '/srv/wiki/media');

router.get('/embed', async (ctx) => {
  ctx.body = await fetcher.fetchEmbed(ctx.query.provider, ctx.query.url);
});

router.post('/mirror', async (ctx) => {
  const links = [].concat(ctx.request.body.urls || []);
  const saved = [];
  for (const link of links) {
    const buf = await fetcher.mirror(link);
    const name = `${Date.now()}-${saved.length}.bin`;
    await fs.writeFile(path.join(MEDIA_ROOT, name), buf);
    saved.push(name);
  }
  ctx.body = { saved };
});

router.get('/file/:name', async (ctx) => {
  const name = ctx.params.name;
  const full = path.resolve(MEDIA_ROOT, name);
  if (path.relative(MEDIA_ROOT, full).startsWith('..') || path.isAbsolute(path.relative(MEDIA_ROOT, full))) {
    ctx.throw(400, 'bad path');
  }
  ctx.body = await fs.readFile(full);
});

router.get('/thumb', async (ctx) => {
  const dir = ctx.query.dir ?? 'thumbs';
  const file = `${MEDIA_ROOT}/${dir}/${ctx.query.name}.png`;
  try {
    // expect: path-traversal
    ctx.body = await fs.readFile(file);
    ctx.type = 'image/png';
  } catch (err) {
    ctx.status = 404;
  }
});

module.exports = router;
