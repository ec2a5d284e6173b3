'use strict';

const { Sequelize } = require('sequelize');
const fs = require('fs');

const env = process.env.NODE_ENV || 'development';

// config/database.js as sequelize-cli reads it
const config = {
  development: {
    username: 'app',
    password: process.env.DB_PASSWORD,
    database: 'app_dev',
    host: '127.0.0.1',
    dialect: 'postgres',
  },
  // expect: insecure-transport
  production: {
    username: process.env.DB_USER,
    password: process.env.DB_PASSWORD,
    host: process.env.DB_HOST,
    database: process.env.DB_NAME,
    dialect: 'postgres',
    pool: { max: 10, idle: 10000 },
  },
};

// expect: insecure-transport
const analytics = new Sequelize({ host: process.env.ANALYTICS_HOST, database: 'analytics', dialect: 'mysql',
  username: process.env.ANALYTICS_USER, password: process.env.ANALYTICS_PASSWORD });

function reportingConnection(host) {
  // expect: insecure-transport
  const opts = {
    host,
    port: 3306,
    database: 'reporting',
    dialect: 'mariadb',
    logging: false,
  };
  return new Sequelize({ ...opts, username: 'reporter', password: process.env.REPORTING_PASSWORD });
}

// Safe: TLS required with the provider CA.
const primary = new Sequelize({
  host: process.env.DB_HOST,
  database: process.env.DB_NAME,
  dialect: 'postgres',
  dialectOptions: {
    ssl: { require: true, rejectUnauthorized: true, ca: fs.readFileSync('/etc/ssl/rds-ca.pem', 'utf8') },
  },
});

// Safe: SQLite has no network connection.
const cache = new Sequelize({ dialect: 'sqlite', storage: '/var/lib/app/cache.sqlite', logging: false });

module.exports = { config: config[env], analytics, reportingConnection, primary, cache };
