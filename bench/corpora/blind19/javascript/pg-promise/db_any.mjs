// pg-promise: db.any / db.one with template literals and :raw filters, next to $1 and named params
import pgPromise from 'pg-promise';

const pgp = pgPromise();
const db = pgp(process.env.DATABASE_URL);

export function tasksFor(owner) {
  // expect: sql-injection
  return db.any(`SELECT * FROM tasks WHERE owner = '${owner}'`);
}

export function tasksSorted(owner, sort) {
  // expect: sql-injection
  return db.any('SELECT * FROM tasks WHERE owner = $1 ORDER BY $2:raw', [owner, sort]);
}

export function tasksForSafe(owner) {
  return db.any('SELECT * FROM tasks WHERE owner = $1', [owner]);
}

export function taskSafe(id) {
  return db.oneOrNone('SELECT * FROM tasks WHERE id = ${id}', { id });
}

export function tasksSortedSafe(owner, sort) {
  return db.any('SELECT * FROM tasks WHERE owner = $1 ORDER BY $2:name', [owner, sort]);
}
