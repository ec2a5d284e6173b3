'use strict';

const mysql = require('mysql');
const log = require('./log');

const connection = mysql.createPool({
  host: process.env.MYSQL_HOST,
  user: process.env.MYSQL_USER,
  password: process.env.MYSQL_PASSWORD,
  database: 'audit',
  connectionLimit: 5,
});

function recordLogin(userName, ip, cb) {
  // expect: sql-injection
  connection.query("INSERT INTO logins (user_name, ip) VALUES ('" + userName + "', '" + ip + "')", cb);
}

function eventsFor(actor, since, cb) {
  // expect: sql-injection
  connection.query(`SELECT * FROM events WHERE actor = '${actor}' AND created_at > '${since}'`, cb);
}

function purge(table, days, cb) {
  const sql = 'DELETE FROM ' + table + ' WHERE created_at < NOW() - INTERVAL ' + days + ' DAY';
  // expect: sql-injection
  connection.query(sql, cb);
}

function recordLogout(userName, cb) {
  connection.query('INSERT INTO logouts (user_name) VALUES (?)', [userName], cb);
}

function eventsById(id, cb) {
  connection.query({ sql: 'SELECT * FROM events WHERE id = ?', values: [id], timeout: 5000 }, cb);
}

function countEvents(cb) {
  connection.query('SELECT COUNT(*) AS n FROM events', cb);
}

function escapedSearch(term, cb) {
  const like = connection.escape('%' + term + '%');
  log.debug('audit search');
  connection.query('SELECT id FROM events WHERE detail LIKE ' + like, cb);
}

module.exports = { recordLogin, eventsFor, purge, recordLogout, eventsById, countEvents, escapedSearch };
