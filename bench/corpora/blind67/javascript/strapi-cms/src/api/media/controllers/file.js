'use strict';

const fs = require('fs');
const path = require('path');
const mime = require('mime-types');

module.exports = ({ strapi }) => {
  const uploadsRoot = path.join(strapi.dirs.static.public, 'uploads');

  return {
    async download(ctx) {
      const name = ctx.params.name;
      const filePath = path.join(uploadsRoot, name);
      ctx.type = mime.lookup(filePath) || 'application/octet-stream';
      // expect: path-traversal
      ctx.body = fs.createReadStream(filePath);
    },

    async downloadChecked(ctx) {
      const filePath = path.resolve(uploadsRoot, ctx.params.name);
      if (!filePath.startsWith(uploadsRoot + path.sep)) {
        return ctx.notFound();
      }
      ctx.type = mime.lookup(filePath) || 'application/octet-stream';
      ctx.body = fs.createReadStream(filePath);
    },
  };
};
