'use strict';

// Database handles for the fulfilment service.
const fs = require('fs');
const { Sequelize } = require('sequelize');

const caBundle = fs.readFileSync('/etc/ssl/certs/rds-global-bundle.pem');

// Primary orders database (managed PostgreSQL, TLS 1.2+ with the provider's CA).
const orders = new Sequelize({
  host: process.env.ORDERS_DB_HOST,
  database: 'orders',
  dialect: 'postgres',
  username: process.env.ORDERS_DB_USER,
  password: process.env.ORDERS_DB_PASSWORD,
  dialectOptions: {
    ssl: {
      require: true,
      rejectUnauthorized: true,
      ca: caBundle,
      minVersion: 'TLSv1.2',
    },
  },
  logging: false,
});

// Legacy warehouse MySQL in the partner's data centre, reached over the internet.
const warehouse = new Sequelize({
  host: process.env.WAREHOUSE_DB_HOST,
  database: 'wms',
  dialect: 'mysql',
  username: process.env.WAREHOUSE_DB_USER,
  password: process.env.WAREHOUSE_DB_PASSWORD,
  dialectOptions: {
    ssl: {
      rejectUnauthorized: true,
      ca: fs.readFileSync('/etc/ssl/certs/partner-wms-ca.pem'),
      // expect: tls-verify-off
      minVersion: 'TLSv1',
    },
  },
  pool: { max: 5 },
});

// Analytics replica: TLS 1.3 only.
const analytics = new Sequelize({
  host: process.env.ANALYTICS_DB_HOST,
  database: 'analytics',
  dialect: 'postgres',
  username: process.env.ANALYTICS_DB_USER,
  password: process.env.ANALYTICS_DB_PASSWORD,
  dialectOptions: {
    ssl: { require: true, rejectUnauthorized: true, ca: caBundle, minVersion: 'TLSv1.3' },
  },
});

// Tests: in-memory SQLite, no network at all.
const testDb = new Sequelize('sqlite::memory:', { logging: false });

module.exports = { orders, warehouse, analytics, testDb };
