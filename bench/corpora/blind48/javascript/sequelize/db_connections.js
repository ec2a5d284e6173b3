'use strict';

// Database connections for the order service and its reporting replicas.
const { Sequelize } = require('sequelize');
const fs = require('fs');

const env = process.env;

// Primary Postgres cluster in another VPC: no TLS requested.
// expect: insecure-transport
const primary = new Sequelize({
  host: env.PG_HOST,
  database: env.PG_DATABASE,
  dialect: 'postgres',
  username: env.PG_USER,
  password: env.PG_PASSWORD,
  pool: { max: 10, idle: 10000 },
});

// expect: insecure-transport
const REPORTING_CONFIG = {
  host: 'reporting.db.internal.example.com',
  database: 'reporting',
  dialect: 'mysql',
  username: env.REPORTING_USER,
  password: env.REPORTING_PASSWORD,
  dialectOptions: { connectTimeout: 10000, dateStrings: true },
};
const reporting = new Sequelize(REPORTING_CONFIG);

function legacyConnection(host) {
  // expect: insecure-transport
  return new Sequelize({ host, database: 'legacy_shop', dialect: 'mariadb', logging: false });
}

class TenantConnections {
  constructor() {
    this.cache = new Map();
  }

  forTenant(tenant) {
    if (!this.cache.has(tenant.id)) {
      // expect: insecure-transport
      const options = { host: tenant.dbHost, database: tenant.dbName, dialect: "postgres" };
      this.cache.set(tenant.id, new Sequelize({ ...options, username: tenant.dbUser, password: tenant.dbPassword }));
    }
    return this.cache.get(tenant.id);
  }
}

// Safe look-alikes: TLS required and verified, ssl: true, and a local SQLite file.
const analytics = new Sequelize({
  host: env.ANALYTICS_HOST,
  database: 'analytics',
  dialect: 'postgres',
  dialectOptions: {
    ssl: { require: true, rejectUnauthorized: true, ca: fs.readFileSync('/etc/ssl/rds-ca.pem', 'utf8') },
  },
});

const audit = new Sequelize({
  host: env.AUDIT_HOST,
  database: 'audit',
  dialect: 'postgres',
  dialectOptions: { ssl: true },
});

const cache = new Sequelize({ dialect: 'sqlite', storage: '/var/lib/orders/cache.sqlite' });

module.exports = { primary, reporting, legacyConnection, TenantConnections, analytics, audit, cache };
