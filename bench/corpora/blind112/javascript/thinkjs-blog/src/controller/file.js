const path = require('path');
const Base = require('./base.js');

const UPLOAD_DIR = path.join(think.RESOURCE_PATH, 'upload');

module.exports = class extends Base {
  downloadAction() {
    const name = this.get('name');
    // expect: path-traversal
    return this.download(path.join(UPLOAD_DIR, name));
  }

  thumbAction() {
    const name = path.basename(this.get('name') || '');
    return this.download(path.join(UPLOAD_DIR, 'thumb', name));
  }
};
