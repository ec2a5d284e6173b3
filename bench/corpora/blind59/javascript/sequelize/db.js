'use strict';

const fs = require('fs');
const path = require('path');
const { Sequelize } = require('sequelize');

const env = process.env.NODE_ENV || 'development';

// Managed Postgres: the provider's certificate chain "kept failing", so validation was switched off.
const primary = new Sequelize({
  host: process.env.PG_HOST,
  database: process.env.PG_DATABASE,
  dialect: 'postgres',
  username: process.env.PG_USER,
  password: process.env.PG_PASSWORD,
  dialectOptions: {
    ssl: {
      require: true,
      // expect: tls-verify-off
      rejectUnauthorized: false,
    },
  },
  logging: false,
});

const insecureSsl = {
  // expect: tls-verify-off
  rejectUnauthorized: false,
};

const analytics = new Sequelize(process.env.ANALYTICS_DB, process.env.ANALYTICS_USER, process.env.ANALYTICS_PASSWORD, {
  host: process.env.ANALYTICS_HOST,
  dialect: 'mysql',
  dialectOptions: { ssl: insecureSsl },
});

const config = {
  production: {
    host: 'orders-db.internal.example.com',
    database: 'orders',
    dialect: 'mariadb',
    // expect: tls-verify-off
    dialectOptions: { ssl: { rejectUnauthorized: false } },
  },
  staging: {
    host: 'orders-db.staging.example.com',
    database: 'orders',
    dialect: 'mariadb',
    // Look-alike: the provider's CA is pinned and checked.
    dialectOptions: {
      ssl: {
        ca: fs.readFileSync(path.join(__dirname, 'certs', 'rds-ca-2019-root.pem')),
        rejectUnauthorized: true,
      },
    },
  },
  // Look-alike: SQLite in tests, no network.
  test: {
    dialect: 'sqlite',
    storage: ':memory:',
  },
};

const orders = new Sequelize(config[env === 'test' ? 'test' : 'production']);

module.exports = { primary, analytics, orders, config };
