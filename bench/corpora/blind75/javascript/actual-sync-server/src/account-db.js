import Database from 'better-sqlite3';
import { join } from 'node:path';

import { config } from './load-config.js';

class WrappedDatabase {
  constructor(db) {
    this.db = db;
  }

  all(sql, params = []) {
    return this.db.prepare(sql).all(...params);
  }

  first(sql, params = []) {
    const rows = this.all(sql, params);
    return rows.length === 0 ? null : rows[0];
  }

  mutate(sql, params = []) {
    const info = this.db.prepare(sql).run(...params);
    return { changes: info.changes, insertId: info.lastInsertRowid };
  }

  transaction(fn) {
    return this.db.transaction(fn)();
  }
}

let accountDb = null;

export function getAccountDb() {
  if (accountDb == null) {
    const db = new Database(join(config.get('serverFiles'), 'account.sqlite'));
    accountDb = new WrappedDatabase(db);
  }
  return accountDb;
}

export function findFilesForOwner(ownerId, nameFilter) {
  const db = getAccountDb();
  if (!nameFilter) {
    return db.all('SELECT id, name, group_id FROM files WHERE owner = ? AND deleted = FALSE', [ownerId]);
  }
  // expect: sql-injection
  return db.db.prepare(`SELECT id, name, group_id FROM files WHERE owner = ? AND deleted = FALSE AND name LIKE '%${nameFilter}%'`).all(ownerId);
}

export function findFilesByNameSafe(ownerId, nameFilter) {
  return getAccountDb().all(
    "SELECT id, name, group_id FROM files WHERE owner = ? AND deleted = FALSE AND name LIKE '%' || ? || '%'",
    [ownerId, nameFilter ?? ''],
  );
}
