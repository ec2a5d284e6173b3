'use strict';

const mysql = require('mysql');
const util = require('util');
const { Pool } = require('pg');

const pool = mysql.createPool({
  host: process.env.MYSQL_HOST,
  user: process.env.MYSQL_USER,
  password: process.env.MYSQL_PASSWORD,
  database: 'shop',
});
const pg = new Pool({ connectionString: process.env.REPORTS_URL });

const OPEN_ORDERS = 'SELECT id, total FROM orders WHERE status = "open"';

function findOrder(id, cb) {
  // expect: sql-injection
  pool.query('SELECT * FROM orders WHERE id = ' + id, cb);
}

function ordersByStatus(status, sortColumn, cb) {
  // expect: sql-injection
  pool.query(`SELECT id, total FROM orders WHERE status = '${status}' ORDER BY ${sortColumn}`, cb);
}

function searchCustomers(filters, cb) {
  let sql = 'SELECT id, name FROM customers WHERE 1 = 1';
  if (filters.city) {
    sql += " AND city = '" + filters.city + "'";
  }
  if (filters.name) {
    sql += " AND name LIKE '%" + filters.name + "%'";
  }
  // expect: sql-injection
  pool.query(sql, cb);
}

async function revenueFor(region) {
  // expect: sql-injection
  const { rows } = await pg.query(util.format("SELECT sum(total) FROM sales WHERE region = '%s'", region));
  return rows[0];
}

class ArchiveRepo {
  constructor(connection) {
    this.conn = connection;
    this.table = 'orders_archive';
  }

  purgeBefore(date, cb) {
    const where = 'created_at < "' + date + '"';
    // expect: sql-injection
    this.conn.query('DELETE FROM ' + this.table + ' WHERE ' + where, cb);
  }

  // Look-alike: placeholders, values passed apart.
  count(customerId, cb) {
    this.conn.query('SELECT COUNT(*) AS n FROM orders_archive WHERE customer_id = ?', [customerId], cb);
  }
}

// Look-alike: a module constant holding fixed SQL.
function openOrders(cb) {
  pool.query(OPEN_ORDERS, cb);
}

// Look-alike: pg query config object with $1 parameters.
async function ordersSince(date) {
  const { rows } = await pg.query({ text: 'SELECT id FROM orders WHERE created_at >= $1', values: [date] });
  return rows;
}

module.exports = { findOrder, ordersByStatus, searchCustomers, revenueFor, ArchiveRepo, openOrders, ordersSince };
