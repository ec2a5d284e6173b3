'use strict';

const mysql = require('mysql2');
const config = require('../config');

const pool = mysql.createPool(config.mysql);
const SELECT_BY_ID = 'SELECT id, email, name, plan FROM customers WHERE id = ?';
const SORTABLE = new Set(['created_at', 'name', 'plan']);

function findById(id, cb) {
  pool.query(SELECT_BY_ID, [id], cb);
}

function findByEmail(email, cb) {
  // expect: sql-injection
  pool.query("SELECT id, email, name FROM customers WHERE email = '" + email + "'", cb);
}

function search(filters, cb) {
  const column = SORTABLE.has(filters.sort) ? filters.sort : 'created_at';
  pool.query(`SELECT id, email, name FROM customers WHERE plan = ? ORDER BY ${column} DESC LIMIT 50`, [filters.plan], cb);
}

function updateField(id, field, value, cb) {
  // expect: sql-injection
  pool.query(`UPDATE customers SET ${field} = '${value}' WHERE id = ${id}`, cb);
}

class CustomerReport {
  constructor(connection) {
    this.conn = connection;
  }

  byRegion(region, cb) {
    let sql = 'SELECT region, COUNT(*) AS n FROM customers';
    if (region) {
      sql += " WHERE region = '" + region + "'";
    }
    // expect: sql-injection
    this.conn.query(sql + ' GROUP BY region', cb);
  }

  churned(days, cb) {
    this.conn.query('SELECT id FROM customers WHERE churned_at > NOW() - INTERVAL ? DAY', [Number(days)], cb);
  }

  exportTable(tableName, cb) {
    // expect: sql-injection
    this.conn.query({ sql: 'SELECT * FROM ' + tableName, rowsAsArray: true }, cb);
  }
}

function countAll(cb) {
  pool.query('SELECT COUNT(*) AS n FROM customers', cb);
}

module.exports = { findById, findByEmail, search, updateField, CustomerReport, countAll };
