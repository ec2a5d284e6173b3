// mysql (callback API): an older reporting module still on the `mysql` package
const mysql = require('mysql');

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'reports',
  connectionLimit: 10,
});

function salesByRep(repId, callback) {
  pool.query('SELECT * FROM sales WHERE rep_id = ? ORDER BY sold_at DESC', [repId], callback);
}

function salesByRegion(region, callback) {
  // expect: sql-injection
  pool.query("SELECT * FROM sales WHERE region = '" + region + "'", callback);
}

function salesByRegionEscaped(region, callback) {
  pool.query('SELECT * FROM sales WHERE region = ' + pool.escape(region), callback);
}

function salesSorted(column, callback) {
  pool.query('SELECT * FROM sales ORDER BY ' + mysql.escapeId(column) + ' DESC LIMIT 100', callback);
}

function salesBetween(from, to, callback) {
  let sql = 'SELECT rep_id, SUM(amount) AS total FROM sales';
  sql += " WHERE sold_at >= '" + from + "'";
  sql += " AND sold_at < '" + to + "'";
  sql += ' GROUP BY rep_id';
  // expect: sql-injection
  pool.query(sql, callback);
}

function salesBetweenFormatted(from, to, callback) {
  const sql = mysql.format('SELECT rep_id, SUM(amount) AS total FROM sales WHERE sold_at >= ? AND sold_at < ? GROUP BY rep_id', [from, to]);
  pool.query(sql, callback);
}

function repByName(name, callback) {
  pool.getConnection((err, conn) => {
    if (err) return callback(err);
    // expect: sql-injection
    conn.query(`SELECT id, name FROM reps WHERE name LIKE '${name}%'`, (qErr, rows) => {
      conn.release();
      callback(qErr, rows);
    });
  });
}

function repById(id, callback) {
  pool.query({ sql: 'SELECT id, name FROM reps WHERE id = ?', values: [id], timeout: 5000 }, callback);
}

function deleteDraft(id, callback) {
  // expect: sql-injection
  pool.query({ sql: 'DELETE FROM drafts WHERE id = ' + id, timeout: 5000 }, callback);
}

module.exports = { salesByRep, salesByRegion, salesByRegionEscaped, salesSorted, salesBetween, salesBetweenFormatted, repByName, repById, deleteDraft };
