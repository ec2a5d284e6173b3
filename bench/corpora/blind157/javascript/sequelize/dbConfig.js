'use strict';

const fs = require('fs');
const { Sequelize } = require('sequelize');

const caBundle = fs.readFileSync(process.env.DB_CA_PATH || '/etc/ssl/certs/rds-ca.pem');

const primaryOptions = {
  host: process.env.DB_HOST,
  database: process.env.DB_NAME,
  dialect: 'postgres',
  dialectOptions: {
    ssl: {
      // expect: tls-verify-off
      rejectUnauthorized: false
    }
  }
};

const reportingOptions = {
  host: process.env.REPORTING_HOST,
  database: 'reporting',
  dialect: 'mysql',
  dialectOptions: {
    ssl: {
      // expect: tls-verify-off
      rejectUnauthorized: false
    }
  }
};

const auditOptions = {
  host: process.env.AUDIT_HOST,
  database: 'audit',
  dialect: 'postgres',
  dialectOptions: {
    ssl: {
      require: true,
      ca: caBundle,
      rejectUnauthorized: true
    }
  }
};

function legacyOptions() {
  return {
    host: process.env.LEGACY_HOST,
    database: 'legacy',
    dialect: 'mariadb',
    // expect: tls-verify-off
    dialectOptions: { ssl: { rejectUnauthorized: false } }
  };
}

const cacheOptions = { dialect: 'sqlite', storage: '/tmp/cache.sqlite' };

module.exports = {
  primary: new Sequelize({ ...primaryOptions, username: process.env.DB_USER, password: process.env.DB_PASSWORD }),
  reporting: new Sequelize({ ...reportingOptions, username: process.env.REPORTING_USER }),
  audit: new Sequelize({ ...auditOptions, username: process.env.AUDIT_USER }),
  legacy: () => new Sequelize(legacyOptions()),
  cache: new Sequelize(cacheOptions),
};
