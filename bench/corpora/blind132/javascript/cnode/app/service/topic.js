'use strict';

const Service = require('egg').Service;

function escapeRegExp(text) {
  return String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

class TopicService extends Service {
  async getTopicsByTab(tab, page) {
    const limit = this.config.list_topic_count;
    const query = tab === 'all' ? { tab: { $nin: [ 'job', 'dev' ] } } : { tab: String(tab) };
    return this.ctx.model.Topic.find(query).skip((page - 1) * limit).limit(limit).exec();
  }

  // legacy index: tab aliases like "share|ask" are matched by the database
  async getTopicsMatching(tab, page) {
    const limit = this.config.list_topic_count;
    // expect: nosql-injection
    return this.ctx.model.Topic.find({ $where: `'${tab}'.split('|').indexOf(this.tab) >= 0` }).skip((page - 1) * limit).limit(limit).exec();
  }

  async searchTitle(q) {
    this.ctx.logger.info('search topics', { length: q.length });
    return this.ctx.model.Topic.find({ title: { $regex: escapeRegExp(q), $options: 'i' } }).limit(20).exec();
  }
}

module.exports = TopicService;
