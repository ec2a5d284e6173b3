const { Sequelize } = require('sequelize');

const legacy = new Sequelize(process.env.LEGACY_DB_URL, {
  dialect: 'mysql',
  dialectOptions: {
    ssl: {
      // expect: weak-tls
      minVersion: 'TLSv1',
      rejectUnauthorized: true,
    },
  },
});

const reporting = new Sequelize('reports', 'reporter', process.env.REPORT_DB_PASSWORD, {
  host: 'reports.internal',
  dialect: 'postgres',
  // expect: weak-tls
  dialectOptions: { ssl: { maxVersion: 'TLSv1.1' } },
});

const main = new Sequelize(process.env.DATABASE_URL, {
  dialect: 'postgres',
  dialectOptions: { ssl: { minVersion: 'TLSv1.2', rejectUnauthorized: true } },
});

module.exports = { legacy, reporting, main };
