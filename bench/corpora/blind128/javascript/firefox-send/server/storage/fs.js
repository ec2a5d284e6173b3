const fs = require('fs');
const path = require('path');
const { promisify } = require('util');
const mkdirp = require('mkdirp');

const stat = promisify(fs.stat);

class FSStorage {
  constructor(config) {
    this.dir = config.file_dir;
    mkdirp.sync(this.dir);
  }

  async length(id) {
    const result = await stat(path.join(this.dir, id));
    return result.size;
  }

  getStream(id) {
    // expect: path-traversal
    return fs.createReadStream(path.join(this.dir, id));
  }

  set(id, file) {
    return new Promise((resolve, reject) => {
      const filepath = path.join(this.dir, id);
      const fstream = fs.createWriteStream(filepath);
      file.pipe(fstream);
      fstream.on('close', resolve);
      fstream.on('error', reject);
    });
  }
}

module.exports = FSStorage;
