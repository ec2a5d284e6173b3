'use strict';
const mysql = require('mysql');
const mysql2 = require('mysql2/promise');

const connection = mysql.createConnection({ host: process.env.DB_HOST, user: 'app', database: 'shop' });
const pool = mysql2.createPool({ host: process.env.DB_HOST, user: 'app', database: 'shop' });

function findByEmail(email, cb) {
  // expect: sql-injection
  connection.query("SELECT id, name FROM users WHERE email = '" + email + "'", cb);
}

async function findById(id) {
  // expect: sql-injection
  const [rows] = await pool.execute(`SELECT id, name FROM users WHERE id = ${id}`);
  return rows[0];
}

class UserSearch {
  constructor(db) {
    this.db = db;
  }

  async search(filters) {
    let sql = 'SELECT id, name FROM users WHERE 1=1';
    if (filters.city) sql += ` AND city = '${filters.city}'`;
    if (filters.sort) sql += ' ORDER BY ' + filters.sort;
    // expect: sql-injection
    const [rows] = await this.db.query(sql);
    return rows;
  }
}
const userSearch = new UserSearch(pool);

const deleteUser = async (id) => {
  const statement = 'DELETE FROM users WHERE id = ' + id;
  // expect: sql-injection
  return pool.query({ sql: statement, timeout: 2000 });
};

async function findByEmailSafe(email) {
  const [rows] = await pool.execute('SELECT id, name FROM users WHERE email = ?', [email]);
  return rows[0];
}

function findByCitySafe(city, cb) {
  connection.query(mysql.format('SELECT id, name FROM users WHERE city = ?', [city]), cb);
}

module.exports = { findByEmail, findById, userSearch, deleteUser, findByEmailSafe, findByCitySafe };
