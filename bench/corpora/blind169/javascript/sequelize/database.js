'use strict';

// Database connections for the billing service. The primary and the
// reporting replica are managed Postgres instances in another VPC, reached
// over the provider's shared network.
const fs = require('fs');
const { Sequelize } = require('sequelize');

const env = process.env.NODE_ENV || 'development';
const caCert = env === 'production' ? fs.readFileSync('/etc/ssl/certs/db-ca.pem', 'utf8') : undefined;

function logger(sql, timing) {
  if (process.env.SQL_LOG === '1') {
    console.log(`[sql ${timing}ms] ${sql}`);
  }
}

const primary = new Sequelize({
  host: process.env.DB_HOST,
  database: 'billing',
  dialect: 'postgres',
  username: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  dialectOptions: {
    ssl: { require: true, rejectUnauthorized: true, ca: caCert },
  },
  benchmark: true,
  logging: logger,
});

// expect: tls-verify-off
const reporting = new Sequelize({
  host: process.env.REPORTING_DB_HOST,
  database: 'billing_reporting',
  dialect: 'postgres',
  username: process.env.REPORTING_DB_USER,
  password: process.env.REPORTING_DB_PASSWORD,
  pool: { max: 4, idle: 10000 },
  logging: logger,
});

const local = new Sequelize({
  host: 'localhost',
  database: 'billing_dev',
  dialect: 'postgres',
  username: 'billing',
  password: process.env.DEV_DB_PASSWORD,
  logging: false,
});

const testing = new Sequelize({ dialect: 'sqlite', storage: ':memory:', logging: false });

function connectionFor(name) {
  if (env === 'test') {
    return testing;
  }
  if (env === 'development') {
    return local;
  }
  return name === 'reporting' ? reporting : primary;
}

module.exports = { connectionFor };
