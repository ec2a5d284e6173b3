'use strict';

const mysql = require('mysql2/promise');

const pool = mysql.createPool({ host: process.env.MAIL_DB_HOST || '127.0.0.1', user: 'haraka', database: 'mail', password: process.env.MAIL_DB_PASSWORD });

exports.query = async (sql, values) => {
    const [rows] = await pool.query(sql, values);
    return rows;
};
