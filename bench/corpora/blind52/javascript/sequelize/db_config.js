'use strict';

// Database connections for the billing service (one per tenant region).
const fs = require('fs');
const { Sequelize } = require('sequelize');

const CA = fs.readFileSync(process.env.DB_CA_PATH || '/etc/ssl/rds-ca.pem', 'utf8');
const LEGACY_TLS_FLOOR = 'TLSv1';

const primaryOptions = {
  host: process.env.DB_HOST,
  database: 'billing',
  dialect: 'postgres',
  dialectOptions: {
    ssl: {
      ca: CA,
      // expect: insecure-transport
      minVersion: 'TLSv1.1',
    },
  },
  logging: false,
};

const reportingOptions = {
  host: process.env.REPORT_DB_HOST,
  database: 'billing_reports',
  dialect: 'mysql',
  dialectOptions: {
    // expect: insecure-transport
    ssl: { ca: CA, minVersion: LEGACY_TLS_FLOOR },
  },
};

function archiveConnection(host) {
  return new Sequelize({
    host,
    database: 'billing_archive',
    dialect: 'mariadb',
    dialectOptions: {
      ssl: {
        rejectUnauthorized: true,
        // expect: insecure-transport
        minVersion: 'TLSv1',
      },
    },
  });
}

const auditOptions = {
  host: process.env.AUDIT_DB_HOST,
  database: 'audit',
  dialect: 'postgres',
  dialectOptions: { ssl: { ca: CA, minVersion: 'TLSv1.2' } },
};

const cacheOptions = {
  host: process.env.CACHE_DB_HOST,
  database: 'cache',
  dialect: 'mysql',
  dialectOptions: { ssl: { ca: CA, minVersion: 'TLSv1.3', rejectUnauthorized: true } },
};

module.exports = {
  primary: new Sequelize(primaryOptions),
  reporting: new Sequelize(reportingOptions),
  audit: new Sequelize(auditOptions),
  cache: new Sequelize(cacheOptions),
  archiveConnection,
};
