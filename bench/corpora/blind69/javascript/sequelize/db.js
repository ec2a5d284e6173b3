'use strict';

const { Sequelize } = require('sequelize');
const fs = require('fs');

const env = process.env;

const reporting = new Sequelize({
  host: env.REPORTING_HOST,
  database: 'reporting',
  dialect: 'postgres',
  username: env.REPORTING_USER,
  password: env.REPORTING_PASSWORD,
  dialectOptions: {
    // expect: insecure-transport
    ssl: { require: true, minVersion: 'TLSv1', rejectUnauthorized: true },
  },
});

const legacyConfig = {
  host: env.LEGACY_DB_HOST,
  database: env.LEGACY_DB_NAME,
  dialect: 'mysql',
  dialectOptions: {
    ssl: {
      ca: fs.readFileSync('/etc/ssl/legacy-ca.pem'),
      // expect: insecure-transport
      minVersion: 'TLSv1.1',
    },
  },
};
const legacy = new Sequelize(legacyConfig);

function connectShop(password) {
  return new Sequelize({
    host: 'shop-db.internal',
    database: 'shop',
    dialect: "mariadb",
    password,
    // expect: insecure-transport
    dialectOptions: { ssl: { minVersion: 'TLSv1' } },
  });
}

// Safe: TLS 1.2 at least, with verification.
const main = new Sequelize({
  host: env.DB_HOST,
  database: env.DB_NAME,
  dialect: 'postgres',
  dialectOptions: { ssl: { require: true, minVersion: 'TLSv1.2', rejectUnauthorized: true } },
});

// Safe: SQLite has no transport.
const cache = new Sequelize({ dialect: 'sqlite', storage: '/var/lib/app/cache.sqlite', logging: false });

// Safe: TLS 1.3 only.
const audit = new Sequelize(env.AUDIT_DB_URL, {
  dialect: 'postgres',
  dialectOptions: { ssl: { minVersion: 'TLSv1.3', ca: fs.readFileSync('/etc/ssl/audit-ca.pem') } },
});

module.exports = { reporting, legacy, connectShop, main, cache, audit };
