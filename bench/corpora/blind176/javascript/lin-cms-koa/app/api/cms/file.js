'use strict';

const { LinRouter, ParametersException, NotFound } = require('lin-mizar');
const { loginRequired } = require('../../middleware/jwt');
const { LocalUploader } = require('../../extension/file/local-uploader');
const { FileModel } = require('../../model/file');

const file = new LinRouter({
  prefix: '/cms/file'
});

file.linPost('upload', '/', loginRequired, async ctx => {
  const files = await ctx.multipart();
  if (files.length < 1) {
    throw new ParametersException({ code: 10033 });
  }
  const uploader = new LocalUploader('app/assets');
  const arr = await uploader.upload(files);
  ctx.json(arr);
});

/**
 * Re-upload in place: the editor sends the stored path of the image it shows
 * (`path` field) and the new bytes, so links already in articles keep working.
 */
file.linPut('replace', '/replace', loginRequired, async ctx => {
  const files = await ctx.multipart();
  const target = ctx.request.body && ctx.request.body.path;
  if (!target || files.length !== 1) {
    throw new ParametersException({ code: 10033 });
  }
  const uploader = new LocalUploader('app/assets');
  const saved = uploader.replace(target, files[0].data);
  ctx.json({ path: saved });
});

file.linGet('info', '/:id', loginRequired, async ctx => {
  const id = Number.parseInt(ctx.params.id, 10);
  if (!Number.isInteger(id) || id < 1) {
    throw new ParametersException({ code: 10030 });
  }
  const record = await FileModel.findByPk(id);
  if (!record) {
    throw new NotFound();
  }
  ctx.json({ id: record.id, path: record.path, size: record.size, extension: record.extension });
});

module.exports = { file };
