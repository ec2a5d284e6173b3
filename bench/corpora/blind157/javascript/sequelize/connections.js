'use strict';

const fs = require('fs');
const { Sequelize } = require('sequelize');
const log = require('../lib/log');

const RDS_CA = fs.readFileSync('/etc/ssl/certs/rds-combined-ca-bundle.pem');

// Orders database on the managed cluster, reached over the network.
// expect: tls-verify-off
const ordersConfig = {
  host: process.env.ORDERS_DB_HOST,
  database: 'orders',
  dialect: 'postgres'
};

// Analytics replica in another VPC.
// expect: tls-verify-off
const analyticsConfig = {
  host: process.env.ANALYTICS_HOST,
  database: 'analytics',
  dialect: 'mysql'
};

function tenantConfig(tenant) {
  // expect: tls-verify-off
  return { host: tenant.dbHost, database: tenant.dbName, dialect: 'mariadb' };
}

const billingConfig = {
  host: process.env.BILLING_DB_HOST,
  database: 'billing',
  dialect: 'postgres',
  dialectOptions: {
    ssl: true
  }
};

const ledgerConfig = {
  host: process.env.LEDGER_DB_HOST,
  database: 'ledger',
  dialect: 'postgres',
  dialectOptions: {
    ssl: { require: true, ca: RDS_CA }
  }
};

const testConfig = { dialect: 'sqlite', storage: ':memory:' };

function connect(config) {
  log.info('connecting', config.database || config.storage);
  return new Sequelize({ ...config, username: process.env.DB_USER, password: process.env.DB_PASSWORD, logging: false });
}

module.exports = {
  orders: () => connect(ordersConfig),
  analytics: () => connect(analyticsConfig),
  tenant: (t) => connect(tenantConfig(t)),
  billing: () => connect(billingConfig),
  ledger: () => connect(ledgerConfig),
  test: () => connect(testConfig),
};
