// Local notes store on better-sqlite3 (Electron main process).
const Database = require('better-sqlite3');

const db = new Database('notes.db');
db.exec('CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, title TEXT, body TEXT, folder TEXT)');

function notesIn(folder) {
  return db.prepare('SELECT id, title FROM notes WHERE folder = ?').all(folder);
}

function searchNotes(term) {
  // expect: sql-injection
  return db.prepare(`SELECT id, title FROM notes WHERE title LIKE '%${term}%'`).all();
}

function searchNotesSafe(term) {
  return db.prepare('SELECT id, title FROM notes WHERE title LIKE ?').all(`%${term}%`);
}

function renameFolder(from, to) {
  // expect: sql-injection
  db.exec("UPDATE notes SET folder = '" + to + "' WHERE folder = '" + from + "'");
}

function renameFolderSafe(from, to) {
  db.prepare('UPDATE notes SET folder = @to WHERE folder = @from').run({ from, to });
}

module.exports = { notesIn, searchNotes, searchNotesSafe, renameFolder, renameFolderSafe };
