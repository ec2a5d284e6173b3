const mysql = require('mysql');
const { Pool } = require('pg');

const connection = mysql.createConnection({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'reports',
});
const pool = new Pool();

const SORTABLE = { name: 'name', created: 'created_at', total: 'total' };

function findUser(id, callback) {
  // expect: sql-injection
  connection.query('SELECT * FROM users WHERE id = ' + id, callback);
}

async function searchOrders(customer, status) {
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT id, total FROM orders WHERE customer = '${customer}' AND status = '${status}'`);
  return rows;
}

function listReports(filters, callback) {
  let sql = 'SELECT * FROM reports WHERE 1 = 1';
  if (filters.owner) {
    sql += " AND owner = '" + filters.owner + "'";
  }
  if (filters.since) {
    sql += ' AND created_at >= "' + filters.since + '"';
  }
  // expect: sql-injection
  connection.query(sql, callback);
}

class InvoiceRepository {
  constructor(db) {
    this.db = db;
  }

  async sorted(column, direction) {
    // expect: sql-injection
    return this.db.query({ text: 'SELECT * FROM invoices ORDER BY ' + column + ' ' + direction });
  }

  async byTag(tag) {
    const where = ['deleted = false', `tag = '${tag}'`].join(' AND ');
    // expect: sql-injection
    return this.db.query('SELECT * FROM invoices WHERE ' + where);
  }
}

// Safe: placeholders with values passed separately.
function findOrder(id, callback) {
  connection.query('SELECT * FROM orders WHERE id = ?', [id], callback);
}
async function findInvoice(id) {
  return pool.query('SELECT * FROM invoices WHERE id = $1', [id]);
}

// Safe: the column comes from a fixed map; the value is a parameter.
async function sortedReports(sortKey, owner) {
  const column = SORTABLE[sortKey] || 'created_at';
  return pool.query(`SELECT * FROM reports WHERE owner = $1 ORDER BY ${column}`, [owner]);
}

module.exports = { findUser, searchOrders, listReports, InvoiceRepository, findOrder, findInvoice, sortedReports };
