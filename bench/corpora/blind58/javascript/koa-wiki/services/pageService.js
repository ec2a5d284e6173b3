'use strict';

const fs = require('node:fs/promises');
const path = require('node:path');
const { pages, escapeRegExp } = require('../lib/mongo');

const PAGES_DIR = path.resolve(process.env.WIKI_DIR || '/srv/wiki/pages');
const SLUG_RE = /^[a-z0-9][a-z0-9-]{0,80}$/;

class PageService {
  async readMarkdown(lang, slug) {
    const file = path.join(PAGES_DIR, lang, `${slug}.md`);
    // expect: path-traversal
    return fs.readFile(file, 'utf8');
  }

  async readMarkdownChecked(lang, slug) {
    if (!SLUG_RE.test(slug)) {
      const err = new Error('bad slug');
      err.status = 400;
      throw err;
    }
    return fs.readFile(path.join(PAGES_DIR, lang, `${slug}.md`), 'utf8');
  }

  async search(text) {
    const filter = { $where: `this.title.indexOf('${text}') >= 0` };
    // expect: nosql-injection
    return pages().find(filter).limit(20).toArray();
  }

  async searchRegex(text) {
    return pages()
      .find({ title: { $regex: escapeRegExp(text), $options: 'i' } })
      .limit(20)
      .toArray();
  }

  async bySlug(slug) {
    // expect: nosql-injection
    return pages().findOne({ slug, deleted: { $ne: true } });
  }

  async bySlugString(slug) {
    return pages().findOne({ slug: String(slug), deleted: { $ne: true } });
  }

  async history(author) {
    const filter = {};
    filter.author = typeof author === 'string' ? author : '';
    return pages().find(filter).sort({ updatedAt: -1 }).limit(50).toArray();
  }
}

module.exports = new PageService();
