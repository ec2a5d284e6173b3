const fs = require('fs');
const path = require('path');
const send = require('koa-send');
const thumbnailer = require('../services/thumbnailer');
const transcoder = require('../services/transcoder');
const archiver = require('../services/archiver');
const { mediaPath, safeMediaPath, accountDir } = require('../lib/paths');

module.exports = function mediaRoutes(router) {
  router.post('/upload', async (ctx) => {
    const file = ctx.request.files && ctx.request.files.file;
    if (!file) ctx.throw(400, 'file required');
    const name = `${Date.now()}-${path.basename(file.originalFilename || 'upload.bin')}`;
    const dest = mediaPath(ctx.state.account, name);
    await fs.promises.rename(file.filepath, dest);
    const thumb = await thumbnailer.make(dest, `${dest}.thumb.jpg`, ctx.state.preset, ctx.state.watermark);
    ctx.body = { name, thumbnail: path.basename(thumb.output) };
  });

  router.post('/:name/thumbnail', async (ctx) => {
    const src = safeMediaPath(ctx.state.account, ctx.params.name);
    const out = await thumbnailer.makeSafe(src, `${src}.thumb.jpg`, ctx.state.preset);
    ctx.body = { thumbnail: path.basename(out.output) };
  });

  router.post('/:name/thumbnail/custom', async (ctx) => {
    const src = safeMediaPath(ctx.state.account, ctx.params.name);
    const out = await thumbnailer.makeCustom(src, `${src}.custom.jpg`, String(ctx.request.body.size || ''));
    ctx.body = { thumbnail: path.basename(out.output) };
  });

  router.post('/:name/transcode', async (ctx) => {
    const src = safeMediaPath(ctx.state.account, ctx.params.name);
    const { format = 'mp4', bitrate = '800k' } = ctx.request.body;
    const out = await transcoder.transcode(src, src.replace(/\.[^.]+$/, ''), { format, bitrate });
    ctx.body = { output: path.basename(out) };
  });

  router.post('/:name/transcode-safe', async (ctx) => {
    const src = safeMediaPath(ctx.state.account, ctx.params.name);
    const out = await transcoder.transcodeSafe(src, src.replace(/\.[^.]+$/, ''), ctx.request.body);
    ctx.body = { output: path.basename(out) };
  });

  router.post('/archive', async (ctx) => {
    const { files = [], name = 'bundle' } = ctx.request.body;
    ctx.body = { archive: path.basename(archiver.buildArchive(ctx.state.account, files, name)) };
  });

  router.post('/archive-safe', async (ctx) => {
    const files = Array.isArray(ctx.request.body.files) ? ctx.request.body.files : [];
    ctx.body = { archive: path.basename(archiver.buildArchiveSafe(ctx.state.account, files)) };
  });

  router.get('/raw/:name', async (ctx) => {
    const file = mediaPath(ctx.state.account, ctx.params.name);
    ctx.type = path.extname(file);
    // expect: path-traversal
    ctx.body = fs.createReadStream(file);
  });

  router.get('/download/:name', async (ctx) => {
    await send(ctx, ctx.params.name, { root: accountDir(ctx.state.account) });
  });
};
