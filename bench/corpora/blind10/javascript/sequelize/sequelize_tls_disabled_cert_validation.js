// library: sequelize (dialectOptions.ssl for postgres / mysql)
const fs = require('node:fs');
const { Sequelize } = require('sequelize');

const primary = new Sequelize(process.env.DATABASE_URL, {
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

const replica = new Sequelize(process.env.REPLICA_URL, {
  dialect: 'postgres',
  dialectOptions: {
    ssl: {
      require: true,
      rejectUnauthorized: true,
      ca: fs.readFileSync('/etc/ssl/rds-ca.pem').toString(),
    },
  },
});

const reporting = new Sequelize('reports', process.env.MYSQL_USER, process.env.MYSQL_PASSWORD, {
  host: 'reports.db.internal',
  dialect: 'mysql',
  dialectOptions: {
    // expect: tls-verify-off
    ssl: { rejectUnauthorized: false },
  },
});

const analytics = new Sequelize('analytics', process.env.MYSQL_USER, process.env.MYSQL_PASSWORD, {
  host: 'analytics.db.internal',
  dialect: 'mysql',
  dialectOptions: { ssl: { ca: fs.readFileSync('/etc/ssl/mysql-ca.pem') } },
});

const local = new Sequelize('sqlite::memory:', { logging: false });

module.exports = { primary, replica, reporting, analytics, local };
