'use strict';

const mysql = require('mysql2');

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'shop',
  connectionLimit: 10,
});

const SORTS = { newest: 'created_at DESC', oldest: 'created_at ASC', total: 'total_cents DESC' };
const COUNT_OPEN = 'SELECT COUNT(*) AS n FROM orders WHERE status = "open"';

function q(sql, params) {
  return new Promise((resolve, reject) => {
    pool.query(sql, params, (err, rows) => (err ? reject(err) : resolve(rows)));
  });
}

function byId(id) {
  return q('SELECT * FROM orders WHERE id = ?', [id]);
}

function countOpen() {
  return q(COUNT_OPEN, []);
}

function listForCustomer(customerId, sortKey) {
  const order = SORTS[sortKey] || SORTS.newest;
  return q('SELECT id, status, total_cents FROM orders WHERE customer_id = ? ORDER BY ' + order, [customerId]);
}

function searchByStatus(status, cb) {
  // status comes straight from the admin list's query string
  // expect: sql-injection
  pool.query("SELECT id, customer_id, total_cents FROM orders WHERE status = '" + status + "'", cb);
}

function addNote(orderId, note, cb) {
  pool.getConnection((err, conn) => {
    if (err) return cb(err);
    // expect: sql-injection
    conn.query(`UPDATE orders SET staff_note = '${note}' WHERE id = ${orderId}`, (e, r) => {
      conn.release();
      cb(e, r);
    });
  });
}

function markShipped(orderId, carrier, cb) {
  pool.query('UPDATE orders SET status = ?, carrier = ? WHERE id = ?', ['shipped', carrier, orderId], cb);
}

function ping(cb) {
  pool.query("SELECT 1", cb);
}

module.exports = { byId, countOpen, listForCustomer, searchByStatus, addNote, markShipped, ping };
