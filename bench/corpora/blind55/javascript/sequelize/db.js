'use strict';
// Database connections for the API, the reporting replica and the legacy billing database.
const fs = require('fs');
const { Sequelize } = require('sequelize');

const env = process.env;

const primary = new Sequelize({
  host: env.DB_HOST,
  database: env.DB_NAME,
  username: env.DB_USER,
  password: env.DB_PASSWORD,
  dialect: 'postgres',
  dialectOptions: {
    ssl: {
      require: true,
      rejectUnauthorized: true,
      ca: fs.readFileSync(env.DB_CA_FILE || '/etc/ssl/certs/rds-global-bundle.pem', 'utf8'),
    },
  },
});

const replica = new Sequelize({
  host: env.REPLICA_HOST,
  database: env.DB_NAME,
  username: env.REPLICA_USER,
  password: env.REPLICA_PASSWORD,
  dialect: 'postgres',
  dialectOptions: {
    ssl: {
      require: true,
      // expect: tls-verify-off
      rejectUnauthorized: false,
    },
  },
  logging: false,
});

const BILLING_CONFIG = {
  host: env.BILLING_HOST,
  database: 'billing',
  dialect: 'mysql',
  // expect: tls-verify-off
  dialectOptions: { ssl: { rejectUnauthorized: false } },
};
const billing = new Sequelize({ ...BILLING_CONFIG, username: env.BILLING_USER, password: env.BILLING_PASSWORD });

function analyticsConnection(database) {
  // expect: tls-verify-off
  const ssl = { rejectUnauthorized: env.NODE_ENV === 'production' ? true : false };
  return new Sequelize(database, env.ANALYTICS_USER, env.ANALYTICS_PASSWORD, {
    host: env.ANALYTICS_HOST,
    dialect: 'mariadb',
    dialectOptions: { ssl },
  });
}

const archive = new Sequelize(env.ARCHIVE_DB, env.ARCHIVE_USER, env.ARCHIVE_PASSWORD, {
  host: env.ARCHIVE_HOST,
  dialect: 'postgres',
  dialectOptions: {
    // expect: tls-verify-off
    ssl: { require: true, rejectUnauthorized: false, ca: undefined },
  },
});

// Safe: a local SQLite file for tests has no TLS at all.
const testDb = new Sequelize({ dialect: 'sqlite', storage: ':memory:', logging: false });

module.exports = { primary, replica, billing, analyticsConnection, archive, testDb };
