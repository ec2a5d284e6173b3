'use strict';

const { Sequelize } = require('sequelize');
const fs = require('fs');

const env = process.env;

// expect: tls-verify-off
const primary = { host: env.DB_HOST, database: env.DB_NAME, dialect: 'postgres' };

// expect: tls-verify-off
const reporting = { host: env.REPORT_HOST, database: 'reporting', dialect: 'mysql' };

// expect: tls-verify-off
const billing = new Sequelize({ host: env.BILLING_HOST, database: 'billing', dialect: 'mariadb' });

const secure = {
  host: env.DB_HOST,
  database: env.DB_NAME,
  dialect: 'postgres',
  dialectOptions: {
    ssl: true
  }
};

const pinned = {
  host: env.AUDIT_HOST,
  database: 'audit',
  dialect: 'postgres',
  dialectOptions: {
    ssl: { ca: fs.readFileSync('/etc/ssl/rds-ca.pem', 'utf8'), rejectUnauthorized: true }
  }
};

const local = { storage: './dev.sqlite', dialect: 'sqlite' };

module.exports = {
  primary: new Sequelize(primary),
  reporting: new Sequelize(reporting),
  billing,
  secure: new Sequelize(secure),
  pinned: new Sequelize(pinned),
  local: new Sequelize(local)
};
