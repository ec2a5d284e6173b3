// Account repository on pg-promise.
const pgp = require('pg-promise')();

const db = pgp(process.env.DATABASE_URL);

function byEmail(email) {
  return db.oneOrNone('SELECT id, email FROM accounts WHERE email = $1', [email]);
}

function byPlan(plan) {
  // expect: sql-injection
  return db.any(`SELECT id, email FROM accounts WHERE plan = '${plan}'`);
}

function byNamed(filter) {
  return db.any('SELECT id FROM accounts WHERE plan = ${plan} AND country = ${country}', filter);
}

function disable(ids) {
  // expect: sql-injection
  return db.none('UPDATE accounts SET disabled = true WHERE id IN (' + ids.join(',') + ')');
}

function disableSafe(ids) {
  return db.none('UPDATE accounts SET disabled = true WHERE id IN ($1:csv)', [ids]);
}

function sortedBy(column) {
  return db.any('SELECT id FROM accounts ORDER BY $1:name', [column]);
}

module.exports = { byEmail, byPlan, byNamed, disable, disableSafe, sortedBy };
