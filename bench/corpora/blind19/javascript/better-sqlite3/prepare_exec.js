// better-sqlite3: prepare() with interpolation, exec() with +, next to bound parameters
const Database = require('better-sqlite3');

const db = new Database(process.env.NOTES_DB || 'notes.db');

function notesByTag(tag) {
  // expect: sql-injection
  return db.prepare(`SELECT id, body FROM notes WHERE tag = '${tag}'`).all();
}

function deleteNote(id) {
  // expect: sql-injection
  db.exec('DELETE FROM notes WHERE id = ' + id);
}

function notesByTagSafe(tag) {
  return db.prepare('SELECT id, body FROM notes WHERE tag = ?').all(tag);
}

function deleteNoteSafe(id) {
  return db.prepare('DELETE FROM notes WHERE id = @id').run({ id });
}

function migrate() {
  db.exec('CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, tag TEXT, body TEXT)');
}

module.exports = { notesByTag, deleteNote, notesByTagSafe, deleteNoteSafe, migrate };
