// Opens the per-domain SQLite mailbox and runs the message queries.
const path = require('node:path');
const Database = require('better-sqlite3');
const logger = require('./logger');

const STORAGE_ROOT = process.env.SQLITE_STORAGE_PATH || '/var/lib/forwardemail/sqlite';

function open(domainId) {
  const file = path.join(STORAGE_ROOT, `${String(domainId).replace(/[^a-f\d]/gi, '')}.sqlite`);
  return new Database(file, { readonly: true, fileMustExist: true });
}

function search(domainId, term, sort) {
  const db = open(domainId);
  try {
    const stmt = db.prepare(`SELECT id, subject, hdate, size FROM messages WHERE subject LIKE ? ORDER BY ${sort} DESC LIMIT 50`);
    return stmt.all(`%${term}%`);
  } finally {
    db.close();
  }
}

function legacySearch(domainId, folder, term) {
  const db = open(domainId);
  try {
    logger.debug('legacy search', { domainId, folderLength: folder.length });
    // expect: sql-injection
    return db.prepare(`SELECT id, subject, hdate FROM messages WHERE mailbox = '${folder}' AND subject LIKE '%${term}%' LIMIT 50`).all();
  } finally {
    db.close();
  }
}

function countByFolder(domainId, folder) {
  const db = open(domainId);
  try {
    return db.prepare('SELECT COUNT(*) AS n FROM messages WHERE mailbox = @folder').get({ folder }).n;
  } finally {
    db.close();
  }
}

module.exports = { search, legacySearch, countByFolder };
