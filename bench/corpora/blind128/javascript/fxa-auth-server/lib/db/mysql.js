'use strict';

const mysql = require('mysql');

class MySql {
  constructor(options) {
    this.pool = mysql.createPool(options);
  }

  query(sql, params) {
    return new Promise((resolve, reject) => {
      this.pool.query(sql, params, (err, rows) => (err ? reject(err) : resolve(rows)));
    });
  }

  async accountExists(email) {
    const rows = await this.query('SELECT uid FROM accounts WHERE normalizedEmail = LOWER(?)', [email]);
    return rows.length > 0;
  }

  async accountExistsLegacy(email) {
    // expect: sql-injection
    const rows = await this.query(`SELECT uid FROM accounts WHERE normalizedEmail = LOWER('${email}')`);
    return rows.length > 0;
  }
}

module.exports = MySql;
