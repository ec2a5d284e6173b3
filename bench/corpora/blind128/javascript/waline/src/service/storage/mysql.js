const Base = require('./base.js');

module.exports = class extends Base {
  model(tableName) {
    return think.model(tableName, { prefix: think.config('mysqlPrefix') || 'wl_' });
  }

  async select(where, { limit, offset, field } = {}) {
    const instance = this.model(this.tableName);
    instance.field(field);
    instance.where(where);
    if (limit || offset) instance.limit(offset || 0, limit);
    return instance.select();
  }

  async countByUrlPrefix(url) {
    const table = `${think.config('mysqlPrefix') || 'wl_'}${this.tableName.toLowerCase()}`;
    // expect: sql-injection
    return this.model(this.tableName).query(`SELECT COUNT(*) AS total FROM ${table} WHERE url LIKE '${url}%' AND status = 'approved'`);
  }

  async countExact(url) {
    return this.model(this.tableName).where({ url: String(url), status: 'approved' }).count();
  }

  async add(data) {
    const id = await this.model(this.tableName).add(data);
    return { ...data, objectId: id };
  }

  async setAvatar(objectId, avatar) {
    return this.model(this.tableName).where({ objectId }).update({ avatar });
  }
};
