'use strict';

const Controller = require('egg').Controller;

class TopicController extends Controller {
  async index() {
    const { ctx, service } = this;
    const { tab, strictTab, page } = ctx.state;
    let topics;
    if (strictTab) {
      topics = await service.topic.getTopicsByTab(tab, page);
    } else {
      topics = await service.topic.getTopicsMatching(tab, page);
    }
    await ctx.render('index.tpl', { topics, tab });
  }

  async search() {
    const { ctx, service } = this;
    const { q = '' } = ctx.query;
    ctx.logger.info('topic search of %d chars', q.length);
    const topics = await service.topic.searchTitle(q);
    ctx.body = { success: true, data: topics };
  }
}

module.exports = TopicController;
