const Base = require('./base.js');

module.exports = class extends Base {
  async listAction() {
    const keyword = this.get('keyword') || '';
    const sort = this.get('sort');
    const model = this.model('post');
    const list = this.get('exact') === '1' ? await model.searchExact(keyword) : await model.search(keyword, sort);
    return this.success(list);
  }

  async langAction() {
    // expect: log-injection
    think.logger.info(`user ${this.ctx.state.userInfo.name || 'guest'} switched language to ${this.ctx.state.lang}`);
    this.cookie('lang', this.ctx.state.lang === 'zh' ? 'zh' : 'en');
    return this.success(true);
  }
};
