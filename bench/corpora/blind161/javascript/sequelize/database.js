// Database connections for the billing service.
const fs = require('fs');
const { Sequelize } = require('sequelize');

const env = process.env;

const primaryOptions = {
  host: env.PG_HOST,
  database: 'billing',
  dialect: 'postgres',
  dialectOptions: {
    ssl: {
      require: true,
      ca: fs.readFileSync('/etc/ssl/certs/rds-global-bundle.pem', 'utf8'),
      rejectUnauthorized: true,
    },
  },
};

const ledgerOptions = {
  host: env.LEDGER_HOST,
  database: 'ledger',
  dialect: 'postgres',
  dialectOptions: {
    ssl: {
      // expect: tls-verify-off
      rejectUnauthorized: false,
    },
  },
};

const reportingOptions = {
  host: env.REPORTING_HOST,
  database: 'reporting',
  dialect: 'mysql',
  // expect: tls-verify-off
  dialectOptions: { ssl: { rejectUnauthorized: false } },
};

const legacyOptions = {
  host: env.LEGACY_HOST,
  database: 'billing_legacy',
  dialect: 'mariadb',
  dialectOptions: {
    ssl: {
      minVersion: 'TLSv1.2',
      // expect: tls-verify-off
      rejectUnauthorized: false,
    },
  },
};

const cacheOptions = { dialect: 'sqlite', storage: '/var/cache/billing/rates.sqlite', logging: false };

function connect(options) {
  return new Sequelize({ ...options, username: env.DB_USER, password: env.DB_PASSWORD, logging: false });
}

module.exports = {
  primary: connect(primaryOptions),
  ledger: connect(ledgerOptions),
  reporting: connect(reportingOptions),
  legacy: connect(legacyOptions),
  cache: new Sequelize(cacheOptions),
};
