'use strict';

const fs = require('fs');
const { Sequelize } = require('sequelize');

const caBundle = fs.readFileSync('/etc/ssl/certs/rds-combined-ca-bundle.pem');

module.exports = {
  reporting: {
    host: process.env.REPORTING_DB_HOST,
    database: 'reporting',
    dialect: 'postgres',
    dialectOptions: {
      ssl: {
        ca: caBundle,
        // expect: weak-cipher
        minVersion: 'TLSv1',
      },
    },
  },
  warehouse: {
    host: process.env.WAREHOUSE_HOST,
    database: 'warehouse',
    dialect: 'mysql',
    // expect: weak-cipher
    dialectOptions: { ssl: { ca: caBundle, minVersion: 'TLSv1.1' } },
  },
  orders: {
    host: process.env.ORDERS_HOST,
    database: 'orders',
    dialect: 'mysql',
    dialectOptions: {
      ssl: {
        ca: caBundle,
        minVersion: 'TLSv1.2',
      },
    },
  },
  cache: {
    dialect: 'sqlite',
    storage: '/var/lib/app/cache.sqlite',
  },
};

const legacyErp = new Sequelize(process.env.ERP_DB, process.env.ERP_USER, process.env.ERP_PASSWORD, {
  host: process.env.ERP_HOST,
  dialect: 'mariadb',
  dialectOptions: {
    // expect: weak-cipher
    ssl: { ca: caBundle, minVersion: 'TLSv1', maxVersion: 'TLSv1.2' },
  },
});

const audit = new Sequelize({
  database: 'audit',
  host: process.env.AUDIT_HOST,
  username: process.env.AUDIT_USER,
  password: process.env.AUDIT_PASSWORD,
  dialect: 'postgres',
  // expect: weak-cipher
  dialectOptions: { ssl: { ca: caBundle, minVersion: 'TLSv1.1', ciphers: 'HIGH:!aNULL' } },
});

const modern = new Sequelize(process.env.APP_DB, process.env.APP_USER, process.env.APP_PASSWORD, {
  host: process.env.APP_HOST,
  dialect: 'postgres',
  dialectOptions: { ssl: { ca: caBundle, minVersion: 'TLSv1.3' } },
});

module.exports.connections = { legacyErp, audit, modern };
