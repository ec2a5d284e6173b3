'use strict';

const fs = require('fs');

module.exports = {
  development: {
    dialect: 'sqlite',
    storage: './dev.sqlite',
  },
  test: {
    host: '127.0.0.1',
    database: 'orders_test',
    dialect: 'postgres',
    dialectOptions: { ssl: false },
  },
  staging: {
    host: process.env.DB_HOST,
    database: 'orders',
    dialect: 'postgres',
    dialectOptions: {
      ssl: {
        require: true,
        // expect: tls-verify-off
        minVersion: 'TLSv1',
        ca: fs.readFileSync('/etc/ssl/rds-ca.pem').toString(),
      },
    },
  },
  production: {
    host: process.env.DB_HOST,
    database: 'orders',
    dialect: 'postgres',
    dialectOptions: {
      ssl: {
        require: true,
        rejectUnauthorized: true,
        // expect: tls-verify-off
        minVersion: 'TLSv1.1',
      },
    },
  },
  analytics: {
    host: process.env.ANALYTICS_HOST,
    database: 'events',
    dialect: 'mysql',
    // expect: tls-verify-off
    dialectOptions: { ssl: { minVersion: 'TLSv1', ca: process.env.ANALYTICS_CA } },
  },
  reporting: {
    host: process.env.REPORTING_HOST,
    database: 'reporting',
    dialect: 'mariadb',
    dialectOptions: {
      ssl: {
        // expect: tls-verify-off
        minVersion: "TLSv1.1",
      },
    },
  },
  // Safe look-alikes: TLS 1.2 and 1.3 minimums.
  replica: {
    host: process.env.REPLICA_HOST,
    database: 'orders',
    dialect: 'postgres',
    dialectOptions: { ssl: { require: true, minVersion: 'TLSv1.2', ca: process.env.PG_CA } },
  },
  archive: {
    host: process.env.ARCHIVE_HOST,
    database: 'archive',
    dialect: 'mysql',
    dialectOptions: { ssl: { minVersion: 'TLSv1.3' } },
  },
};
