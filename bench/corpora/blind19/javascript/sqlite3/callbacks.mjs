// sqlite3 (ESM): db.all / db.run with concatenation and template strings, next to params
import sqlite3 from 'sqlite3';

const db = new sqlite3.Database('./app.db');

export function searchTracks(term, cb) {
  // expect: sql-injection
  db.all("SELECT id, title FROM tracks WHERE title LIKE '%" + term + "%'", cb);
}

export function renamePlaylist(id, name, cb) {
  // expect: sql-injection
  db.run(`UPDATE playlists SET name = '${name}' WHERE id = ${id}`, cb);
}

export function searchTracksSafe(term, cb) {
  db.all('SELECT id, title FROM tracks WHERE title LIKE ?', [`%${term}%`], cb);
}

export function renamePlaylistSafe(id, name, cb) {
  db.run('UPDATE playlists SET name = $name WHERE id = $id', { $name: name, $id: id }, cb);
}

export function trackCount(cb) {
  db.get('SELECT count(*) AS n FROM tracks', cb);
}
