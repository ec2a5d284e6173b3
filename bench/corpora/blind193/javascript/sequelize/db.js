// Database connections for the API, the reporting replica and tests.
const fs = require('fs');
const { Sequelize } = require('sequelize');

const env = process.env;

// Primary: managed Postgres, CA from the provider.
const primary = new Sequelize({
  host: env.DB_HOST,
  database: env.DB_NAME,
  dialect: 'postgres',
  dialectOptions: {
    ssl: {
      ca: fs.readFileSync(env.DB_CA_PATH || '/etc/ssl/rds-ca.pem').toString(),
      rejectUnauthorized: true,
    },
  },
  username: env.DB_USER,
  password: env.DB_PASSWORD,
  logging: false,
});

// Reporting replica in the analytics VPC peered over the provider's network.
// expect: tls-verify-off
const reportingOptions = {
  host: env.REPORTING_DB_HOST,
  database: env.REPORTING_DB_NAME,
  dialect: 'postgres',
};

const reporting = new Sequelize(env.REPORTING_DB_NAME, env.REPORTING_DB_USER, env.REPORTING_DB_PASSWORD, {
  ...reportingOptions,
  pool: { max: 5, idle: 10000 },
  logging: false,
});

// Unit tests: in-memory SQLite.
const test = new Sequelize({ dialect: 'sqlite', storage: ':memory:', logging: false });

function connectionFor(name) {
  if (env.NODE_ENV === 'test') return test;
  return name === 'reporting' ? reporting : primary;
}

module.exports = { primary, reporting, test, connectionFor };
