const { Pool } = require('pg');
const winston = require('winston');

const PostgresDocumentStore = function (options) {
  this.expireJS = options.expire;
  this.pool = new Pool({ connectionString: options.connectionUrl });
  this.caseSensitive = options.caseSensitive !== false;
};

PostgresDocumentStore.prototype.set = function (key, data, callback) {
  const now = Math.floor(Date.now() / 1000);
  this.pool.query('INSERT INTO entries (key, value, expiration) VALUES ($1, $2, $3)', [key, data, this.expireJS ? this.expireJS + now : null])
    .then(function () { callback(true); })
    .catch(function (err) { winston.error('error persisting value to postgres', { error: err }); callback(false); });
};

PostgresDocumentStore.prototype.get = function (key, callback) {
  const now = Math.floor(Date.now() / 1000);
  let query;
  if (this.caseSensitive) {
    query = this.pool.query('SELECT id, value FROM entries WHERE key = $1 AND (expiration IS NULL OR expiration > $2)', [key, now]);
  } else {
    // expect: sql-injection
    query = this.pool.query("SELECT id, value FROM entries WHERE lower(key) = lower('" + key + "') AND (expiration IS NULL OR expiration > " + now + ')');
  }
  query
    .then(function (result) { callback(result.rows.length ? result.rows[0].value : false); })
    .catch(function (err) { winston.error('error retrieving value from postgres', { error: err }); callback(false); });
};

module.exports = PostgresDocumentStore;
