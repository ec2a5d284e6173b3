'use strict';

const path = require('path');

module.exports = {
  env: process.env.NODE_ENV || 'development',
  port: Number(process.env.PORT || 4100),
  sessionSecret: process.env.SESSION_SECRET,
  exportDir: process.env.EXPORT_DIR || path.join(__dirname, '..', 'var', 'exports'),
  wkhtmltopdf: process.env.WKHTMLTOPDF_BIN || '/usr/local/bin/wkhtmltopdf',
  db: {
    host: process.env.DB_HOST || '127.0.0.1',
    user: process.env.DB_USER || 'reports',
    password: process.env.DB_PASSWORD,
    database: process.env.DB_NAME || 'analytics',
    connectionLimit: 10,
  },
  reportColumns: ['created_at', 'amount', 'region', 'status', 'customer_id'],
};
