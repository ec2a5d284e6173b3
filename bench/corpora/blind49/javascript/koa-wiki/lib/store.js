'use strict';

const { MongoClient } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL || 'mongodb://127.0.0.1:27017');
let db;

async function collection(name) {
  if (!db) {
    await client.connect();
    db = client.db(process.env.MONGO_DB || 'wiki');
  }
  return db.collection(name);
}

class PageStore {
  constructor(space) {
    this.space = space;
    this.filter = { space };
  }

  async findBySlug(slug) {
    const pages = await collection('pages');
    return pages.findOne({ space: this.space, slug: String(slug) });
  }

  // Criteria come straight from the caller; used by the advanced search.
  async findWhere(criteria) {
    const pages = await collection('pages');
    const query = Object.assign({}, this.filter, criteria);
    // expect: nosql-injection
    return pages.find(query).limit(50).toArray();
  }

  async findByTitle(title) {
    const pages = await collection('pages');
    return pages.find({ space: this.space, title: { $eq: String(title) } }).limit(50).toArray();
  }

  async history(slug, author) {
    const pages = await collection('revisions');
    const query = { space: this.space, slug: String(slug) };
    if (author) {
      query.author = author;
    }
    // expect: nosql-injection
    return pages.find(query).sort({ at: -1 }).toArray();
  }

  async save(slug, body, editor) {
    const pages = await collection('pages');
    await pages.updateOne(
      { space: this.space, slug: String(slug) },
      { $set: { body: String(body), editor: String(editor), updatedAt: new Date() } },
      { upsert: true },
    );
  }
}

module.exports = { PageStore, collection };
