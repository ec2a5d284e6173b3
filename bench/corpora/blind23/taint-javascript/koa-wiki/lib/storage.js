// koa-wiki: page storage on disk and in SQLite
const fs = require('fs/promises');
const path = require('path');
const Database = require('better-sqlite3');

const ROOT = path.resolve(process.env.WIKI_ROOT || './pages');
const db = new Database(process.env.WIKI_DB || 'wiki.db');

async function readPage(name) {
  return fs.readFile(path.join(ROOT, name + '.md'), 'utf8');
}

async function writePage(name, text) {
  await fs.mkdir(ROOT, { recursive: true });
  await fs.writeFile(path.join(ROOT, name + '.md'), text, 'utf8');
}

function history(name) {
  return db.prepare('SELECT rev, author, at FROM history WHERE page = ? ORDER BY rev DESC').all(name);
}

function rawQuery(sql) {
  return db.prepare(sql).all();
}

function record(name, author) {
  db.prepare('INSERT INTO history(page, author, at) VALUES (?, ?, ?)').run(name, author, Date.now());
}

async function exists(name) {
  try {
    await fs.access(path.join(ROOT, name + '.md'));
    return true;
  } catch {
    return false;
  }
}

module.exports = { readPage, writePage, history, rawQuery, record, exists };
