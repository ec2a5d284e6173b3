// library: sequelize (database TLS protocol version)
const { Sequelize } = require('sequelize');
const fs = require('fs');

const ca = fs.readFileSync(process.env.DB_CA_PATH || '/etc/ssl/certs/rds-ca.pem');

const reporting = new Sequelize(process.env.REPORTING_DB_URL, {
  dialect: 'mysql',
  dialectOptions: {
    ssl: {
      ca,
      // expect: weak-tls
      minVersion: 'TLSv1',
    },
  },
});

const main = new Sequelize(process.env.DATABASE_URL, {
  dialect: 'postgres',
  dialectOptions: {
    ssl: { require: true, ca, minVersion: 'TLSv1.2' },
  },
});

const legacy = new Sequelize(process.env.LEGACY_DB_URL, {
  dialect: 'mssql',
  dialectOptions: {
    options: {
      encrypt: true,
      // expect: weak-tls
      cryptoCredentialsDetails: { minVersion: 'TLSv1.1' },
    },
  },
});

const analytics = new Sequelize(process.env.ANALYTICS_DB_URL, {
  dialect: 'postgres',
  dialectOptions: {
    // expect: weak-tls
    ssl: { ca, maxVersion: 'TLSv1', rejectUnauthorized: true },
  },
});

const local = new Sequelize('sqlite::memory:', { logging: false });

module.exports = { reporting, main, legacy, analytics, local };
