'use strict';

const mysql = require('mysql2/promise');
const config = require('../config');

const pool = mysql.createPool(config.db);

async function listReports(limit, offset) {
  const [rows] = await pool.query('SELECT id, name, created_at FROM saved_reports ORDER BY id DESC LIMIT ? OFFSET ?', [limit, offset]);
  return rows;
}

async function salesBetween(from, to, region) {
  let sql = 'SELECT region, SUM(amount) AS total FROM sales WHERE created_at BETWEEN ? AND ?';
  const params = [from, to];
  if (region) {
    sql += ` AND region = '${region}'`;
  }
  sql += ' GROUP BY region';
  // expect: sql-injection
  const [rows] = await pool.query(sql, params);
  return rows;
}

async function groupBy(column, dir) {
  // column was checked against config.reportColumns and dir mapped to a constant by the service
  const [rows] = await pool.query(`SELECT ${column} AS bucket, SUM(amount) AS total FROM sales GROUP BY ${column} ORDER BY total ${dir}`);
  return rows;
}

async function customerById(customerId) {
  // expect: sql-injection
  const [rows] = await pool.query('SELECT id, name, email, plan FROM customers WHERE id = ' + customerId);
  return rows[0];
}

function topCustomers(segment, limit) {
  // expect: sql-injection
  return pool.query(`SELECT c.id, c.name, SUM(s.amount) AS revenue FROM customers c JOIN sales s ON s.customer_id = c.id WHERE c.segment = '${segment}' GROUP BY c.id ORDER BY revenue DESC LIMIT ${limit}`).then(([rows]) => rows);
}

async function savedReport(name) {
  const [rows] = await pool.execute('SELECT id, name, definition FROM saved_reports WHERE name = ?', [name]);
  return rows[0] || null;
}

module.exports = { listReports, salesBetween, groupBy, customerById, topCustomers, savedReport };
