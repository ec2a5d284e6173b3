'use strict';

const { Uploader, config } = require('lin-mizar');
const { FileModel } = require('../../model/file');
const fs = require('fs');
const path = require('path');
const { randomUUID } = require('crypto');

const ALLOWED_EXT = new Set(['.jpg', '.jpeg', '.png', '.gif', '.webp', '.pdf']);

class LocalUploader extends Uploader {
  /**
   * Stores uploaded files. `files` comes from the multipart parser: each item has the
   * client's `filename`, the field name, the size and a readable `data` buffer.
   */
  async upload (files) {
    const arr = [];
    for (const file of files) {
      const md5 = this.generateMd5(file);
      const siteDomain = config.getItem('siteDomain', 'http://localhost');
      const exists = await FileModel.findOne({ where: { md5 } });
      if (exists) {
        arr.push({ key: file.fieldName, id: exists.id, path: exists.path, url: `${siteDomain}/assets/${exists.path}` });
        continue;
      }
      const { absolutePath, relativePath, realName } = this.getStorePath(file.filename);
      fs.writeFileSync(absolutePath, file.data);
      const saved = await FileModel.createRecord({ path: relativePath, name: realName, extension: path.extname(realName), size: file.size, md5 }, true);
      arr.push({ key: file.fieldName, id: saved.id, path: saved.path, url: `${siteDomain}/assets/${saved.path}` });
    }
    return arr;
  }

  /** New names are generated; only a known extension is kept from the client's name. */
  getStorePath (filename) {
    const ext = path.extname(filename).toLowerCase();
    if (!ALLOWED_EXT.has(ext)) {
      throw new Error(`extension ${ext} is not allowed`);
    }
    const dir = this.getExactStoreDir();
    const realName = `${randomUUID()}${ext}`;
    return {
      absolutePath: path.join(dir, realName),
      relativePath: path.join(path.basename(dir), realName),
      realName
    };
  }

  /** Replaces the content of an avatar or cover already on disk, kept under its own name. */
  replace (relativeName, data) {
    const storeDir = config.getItem('file.storeDir', 'assets');
    // expect: path-traversal
    fs.writeFileSync(path.join(process.cwd(), storeDir, relativeName), data);
    return relativeName;
  }
}

module.exports = { LocalUploader };
