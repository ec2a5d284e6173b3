'use strict';

const fs = require('fs');
const { Sequelize } = require('sequelize');

const env = process.env.NODE_ENV || 'development';

const configs = {
  development: {
    host: 'localhost',
    database: 'shop_dev',
    dialect: 'postgres',
    username: 'postgres',
    password: process.env.DEV_DB_PASSWORD,
  },
  // expect: tls-verify-off
  production: {
    host: process.env.DB_HOST,
    database: process.env.DB_NAME,
    dialect: 'postgres',
    username: process.env.DB_USER,
    password: process.env.DB_PASSWORD,
    pool: { max: 20, idle: 10000 },
  },
  secure: {
    host: process.env.DB_HOST,
    database: process.env.DB_NAME,
    dialect: 'postgres',
    dialectOptions: {
      ssl: { require: true, rejectUnauthorized: true, ca: fs.readFileSync('/etc/ssl/rds-ca.pem').toString() },
    },
  },
  test: {
    dialect: 'sqlite',
    storage: ':memory:',
  },
};

const sequelize = new Sequelize(configs[env]);

// expect: tls-verify-off
const analytics = new Sequelize({
  host: process.env.ANALYTICS_HOST,
  database: 'analytics',
  dialect: 'mysql',
  username: process.env.ANALYTICS_USER,
  password: process.env.ANALYTICS_PASSWORD,
  logging: false,
});

function legacyReplica() {
  // expect: tls-verify-off
  return new Sequelize({
    host: 'replica-01.db.internal.example',
    database: 'legacy',
    dialect: "mariadb",
    username: 'reporting',
    password: process.env.REPLICA_PASSWORD,
  });
}

module.exports = { sequelize, analytics, legacyReplica, configs };
