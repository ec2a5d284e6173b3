'use strict';

const mysql = require('mysql');

const connection = mysql.createPool({
  host: process.env.RDS_HOST,
  user: process.env.RDS_USER,
  password: process.env.RDS_PASSWORD,
  database: process.env.RDS_DB,
  connectionLimit: 2,
});

function query(sql, values) {
  return new Promise((resolve, reject) => {
    connection.query(sql, values, (err, rows) => (err ? reject(err) : resolve(rows)));
  });
}

function byEmail(email) {
  return query('SELECT id, email, display_name FROM users WHERE email = ?', [email]);
}

function byTeam(team, role) {
  return new Promise((resolve, reject) => {
    const sql = 'SELECT id, email FROM users WHERE team = ' + mysql.escape(team) + " AND role = '" + role + "'";
    // expect: sql-injection
    connection.query(sql, (err, rows) => (err ? reject(err) : resolve(rows)));
  });
}

function byTeamSafe(team, role) {
  const sql = 'SELECT id, email FROM users WHERE team = ' + mysql.escape(team) + ' AND role = ' + mysql.escape(role);
  return query(sql, []);
}

module.exports = { byEmail, byTeam, byTeamSafe };
