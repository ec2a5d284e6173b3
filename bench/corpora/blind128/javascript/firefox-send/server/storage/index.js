const config = require('../config');
const FSStorage = require('./fs');
const createRedisClient = require('./redis');

class DB {
  constructor(options) {
    this.storage = new FSStorage(options);
    this.redis = createRedisClient(options);
  }

  async metadata(id) {
    const result = await this.redis.hgetallAsync(id);
    return result && { metadata: result.metadata, ttl: await this.redis.ttlAsync(id) };
  }

  async get(id) {
    const length = await this.storage.length(id);
    return { length, stream: this.storage.getStream(id) };
  }

  async getChecked(id) {
    if (!/^[0-9a-fA-F]{10,16}$/.test(id)) throw new Error('invalid id');
    const length = await this.storage.length(id);
    return { length, stream: this.storage.getStream(id) };
  }
}

module.exports = new DB(config);
