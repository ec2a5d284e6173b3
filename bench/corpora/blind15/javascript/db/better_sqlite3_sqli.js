// library: better-sqlite3
const Database = require('better-sqlite3');

const db = new Database(process.env.DB_PATH || 'app.db');
const SORT_COLUMNS = new Set(['created_at', 'title', 'price']);

function findByTitle(title) {
  // expect: sql-injection
  return db.prepare(`SELECT * FROM books WHERE title LIKE '%${title}%'`).all();
}

function deleteTag(tag) {
  // expect: sql-injection
  db.exec("DELETE FROM tags WHERE name = '" + tag + "'");
}

function findByTitleSafe(title) {
  return db.prepare('SELECT * FROM books WHERE title LIKE ?').all(`%${title}%`);
}

function deleteTagSafe(tag) {
  db.prepare('DELETE FROM tags WHERE name = @tag').run({ tag });
}

function listSorted(column) {
  const col = SORT_COLUMNS.has(column) ? column : 'created_at';
  return db.prepare(`SELECT * FROM books ORDER BY ${col} DESC`).all();
}

function migrate() {
  db.exec('CREATE TABLE IF NOT EXISTS tags (name TEXT PRIMARY KEY)');
}

module.exports = { findByTitle, deleteTag, findByTitleSafe, deleteTagSafe, listSorted, migrate };
