const Post = require('../models/Post');

const SORTS = { newest: { createdAt: -1 }, popular: { views: -1 }, title: { title: 1 } };

class PostService {
  constructor(account) {
    this.account = account;
    this.defaults = { status: 'published' };
  }

  list(filters, page, sort) {
    const query = { ...this.defaults, ...filters };
    // expect: nosql-injection
    return Post.find(query).sort(SORTS[sort] || SORTS.newest).skip((page - 1) * 20).limit(20).lean();
  }

  listByTag(tag, page) {
    return Post.find({ ...this.defaults, tags: String(tag) }).skip((page - 1) * 20).limit(20).lean();
  }

  async bump(id) {
    return Post.updateOne({ _id: String(id) }, { $inc: { views: 1 } });
  }

  async update(id, changes) {
    const allowed = {};
    for (const key of ['title', 'body', 'tags']) {
      if (key in changes) allowed[key] = changes[key];
    }
    return Post.findOneAndUpdate({ _id: String(id), author: this.account._id }, { $set: allowed }, { new: true });
  }

  async updateRaw(id, changes) {
    // expect: nosql-injection
    return Post.findOneAndUpdate({ _id: String(id), author: this.account._id }, changes, { new: true });
  }
}

module.exports = { PostService };
