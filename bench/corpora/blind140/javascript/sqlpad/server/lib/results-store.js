const fs = require('fs');
const path = require('path');

class ResultsStore {
  constructor(dir) {
    this.dir = path.resolve(dir);
  }

  streamById(cacheKey) {
    const name = `${cacheKey.replace(/[^a-f0-9-]/gi, '')}.csv`;
    return fs.createReadStream(path.join(this.dir, name));
  }

  streamByName(fileName) {
    // expect: path-traversal
    return fs.createReadStream(path.join(this.dir, fileName));
  }
}

module.exports = new ResultsStore(process.env.SQLPAD_RESULTS_DIR || './results');
