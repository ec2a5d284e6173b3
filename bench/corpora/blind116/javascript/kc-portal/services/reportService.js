const mysql = require('mysql');

const connection = mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASSWORD, database: 'portal' });

function query(sql, params) {
  return new Promise((resolve, reject) => {
    connection.query(sql, params, (err, rows) => (err ? reject(err) : resolve(rows)));
  });
}

function departmentReport(dept, period) {
  // expect: sql-injection
  return new Promise((resolve, reject) => connection.query(`SELECT * FROM reports WHERE department = '${dept}' AND period = '${period}'`, (err, rows) => (err ? reject(err) : resolve(rows))));
}

function departmentReportSafe(dept, period) {
  return query('SELECT * FROM reports WHERE department = ? AND period = ?', [dept, period]);
}

module.exports = { departmentReport, departmentReportSafe };
