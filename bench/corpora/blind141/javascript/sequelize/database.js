const { Sequelize } = require('sequelize');

const primary = new Sequelize({
  host: process.env.DB_HOST,
  database: process.env.DB_NAME,
  dialect: 'postgres',
  dialectOptions: {
    ssl: {
      require: true,
      // expect: tls-verify-off
      minVersion: 'TLSv1',
    },
  },
});

const reporting = new Sequelize({
  host: process.env.REPORT_HOST,
  database: 'reporting',
  dialect: 'mysql',
  // expect: tls-verify-off
  dialectOptions: { ssl: { minVersion: 'TLSv1.1', ca: process.env.REPORT_CA } },
});

const legacyConfig = {
  host: 'mariadb.internal',
  database: 'billing',
  dialect: 'mariadb',
  dialectOptions: {
    // expect: tls-verify-off
    ssl: { minVersion: 'TLSv1', rejectUnauthorized: true },
  },
};
const billing = new Sequelize(legacyConfig);

const analytics = new Sequelize({
  host: process.env.ANALYTICS_HOST,
  database: 'analytics',
  dialect: 'postgres',
  dialectOptions: { ssl: { minVersion: 'TLSv1.2', require: true } },
});

const audit = new Sequelize({
  host: process.env.AUDIT_HOST,
  database: 'audit',
  dialect: 'postgres',
  dialectOptions: { ssl: { minVersion: 'TLSv1.3' } },
});

const local = new Sequelize({ dialect: 'sqlite', storage: './dev.sqlite' });

module.exports = { primary, reporting, billing, analytics, audit, local };
