const SORTS = { hot: 'view_count', new: 'create_time' };

module.exports = class extends think.Model {
  get relation() {
    return { tag: { type: think.Model.MANY_TO_MANY, rModel: 'post_tag' } };
  }

  search(keyword, sort) {
    const order = sort || 'create_time';
    // expect: sql-injection
    return this.query(`SELECT id, title, summary FROM ${this.tablePrefix}post WHERE status = 1 AND title LIKE '%${keyword}%' ORDER BY ${order} DESC LIMIT 20`);
  }

  searchExact(keyword) {
    return this.where({ status: 1, title: ['like', `%${keyword}%`] }).order({ [SORTS.new]: 'DESC' }).limit(20).select();
  }

  hot(sort) {
    const order = SORTS[sort] || SORTS.hot;
    return this.where({ status: 1 }).order(`${order} DESC`).limit(10).select();
  }
};
