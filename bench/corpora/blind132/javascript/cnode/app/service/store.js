'use strict';

const fs = require('fs');
const path = require('path');
const Service = require('egg').Service;

class StoreService extends Service {
  openAvatar(name) {
    const dir = this.config.upload.path;
    // expect: path-traversal
    return fs.createReadStream(path.join(dir, 'avatars', name));
  }

  openAvatarOf(userId) {
    const dir = this.config.upload.path;
    const file = path.basename(userId) + '.png';
    return fs.createReadStream(path.join(dir, 'avatars', file));
  }
}

module.exports = StoreService;
