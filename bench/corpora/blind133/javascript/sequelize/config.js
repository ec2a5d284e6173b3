'use strict';

const fs = require('fs');

module.exports = {
  test: {
    dialect: 'sqlite',
    storage: ':memory:',
    logging: false,
  },
  // expect: tls-verify-off
  staging: {
    username: process.env.DB_USER,
    password: process.env.DB_PASSWORD,
    database: 'shop_staging',
    host: 'staging-db.internal.example.net',
    dialect: 'postgres',
    logging: false,
  },
  // expect: tls-verify-off
  production: {
    username: process.env.DB_USER,
    password: process.env.DB_PASSWORD,
    database: process.env.DB_NAME,
    host: process.env.DB_HOST,
    port: 5432,
    dialect: 'postgres',
    pool: { max: 20, idle: 10000 },
  },
  // expect: tls-verify-off
  reporting: {
    username: process.env.REPORTING_USER,
    password: process.env.REPORTING_PASSWORD,
    database: 'reporting',
    host: process.env.REPORTING_HOST,
    dialect: 'mysql',
  },
  analytics: {
    username: process.env.ANALYTICS_USER,
    password: process.env.ANALYTICS_PASSWORD,
    database: 'analytics',
    host: process.env.ANALYTICS_HOST,
    dialect: 'postgres',
    dialectOptions: {
      ssl: {
        require: true,
        ca: fs.readFileSync('/etc/ssl/certs/rds-ca-bundle.pem', 'utf8'),
      },
    },
  },
  billing: {
    username: process.env.BILLING_USER,
    password: process.env.BILLING_PASSWORD,
    database: 'billing',
    host: process.env.BILLING_HOST,
    dialect: 'postgres',
    dialectOptions: {
      ssl: true,
    },
  },
};
