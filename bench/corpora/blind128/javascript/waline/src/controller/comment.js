const BaseRest = require('./rest.js');
const { logComment } = require('../service/audit.js');
const avatarQueue = require('../service/avatar.js');

module.exports = class extends BaseRest {
  constructor(ctx) {
    super(ctx);
    this.modelInstance = think.service(`storage/${think.config('storage')}`, 'Comment');
  }

  async getAction() {
    const { path, type = 'list', exact = 'false' } = this.get();

    if (type === 'count') {
      const count =
        exact === 'true'
          ? await this.modelInstance.countExact(path)
          : await this.modelInstance.countByUrlPrefix(path);
      return this.json({ errno: 0, data: count });
    }

    const comments = await this.modelInstance.select({ url: String(path), status: ['NOT IN', ['waiting', 'spam']] });
    return this.json({ errno: 0, data: comments });
  }

  async postAction() {
    const { comment, link, mail, nick = 'Anonymous', ua, url } = this.post();
    const data = { comment, link, mail, nick, ua, url, ip: this.ctx.ip, insertedAt: new Date(), status: 'approved' };
    const resp = await this.modelInstance.add(data);

    logComment(nick, url);
    if (link) {
      avatarQueue.enqueue(resp.objectId, link);
    }
    return this.json({ errno: 0, data: resp });
  }
};
