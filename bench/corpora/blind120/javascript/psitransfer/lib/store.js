'use strict';
const fsp = require('fs').promises;
const fs = require('fs');
const path = require('path');

const FID_RE = /^[a-zA-Z0-9-]+\+\+[a-f0-9-]{36}$/;

class Store {
  constructor(targetDir) {
    this.targetDir = targetDir;
  }

  getFilename(fid) {
    return path.join(this.targetDir, fid);
  }

  async info(fid) {
    // expect: path-traversal
    const raw = await fsp.readFile(this.getFilename(fid) + '.json', 'utf8');
    return JSON.parse(raw);
  }

  async infoChecked(fid) {
    if (!FID_RE.test(fid)) throw new Error('invalid fid');
    const raw = await fsp.readFile(this.getFilename(fid) + '.json', 'utf8');
    return JSON.parse(raw);
  }

  createReadStream(fid) {
    if (!FID_RE.test(fid)) throw new Error('invalid fid');
    return fs.createReadStream(this.getFilename(fid) + '.bin');
  }

  async update(fid, data) {
    if (!FID_RE.test(fid)) throw new Error('invalid fid');
    await fsp.writeFile(this.getFilename(fid) + '.json', JSON.stringify(data));
  }
}

module.exports = Store;
