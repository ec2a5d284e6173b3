'use strict';

const fs = require('fs');
const { Sequelize } = require('sequelize');

module.exports = {
  development: {
    host: '127.0.0.1',
    database: 'app_dev',
    dialect: 'postgres',
  },
  staging: {
    host: process.env.DB_HOST,
    database: process.env.DB_NAME,
    dialect: 'postgres',
    dialectOptions: {
      ssl: {
        require: true,
        // expect: tls-verify-off
        rejectUnauthorized: false,
      },
    },
  },
  production: {
    host: process.env.DB_HOST,
    database: process.env.DB_NAME,
    dialect: 'mysql',
    dialectOptions: {
      ssl: {
        ca: fs.readFileSync(process.env.DB_CA_PATH),
        rejectUnauthorized: true,
      },
    },
  },
  analytics: {
    host: process.env.ANALYTICS_HOST,
    database: 'analytics',
    dialect: 'mariadb',
    // expect: tls-verify-off
    dialectOptions: { ssl: { rejectUnauthorized: false } },
  },
};

const sslOptions = {
  require: true,
  // expect: tls-verify-off
  rejectUnauthorized: process.env.NODE_ENV !== 'production',
};

const heroku = new Sequelize(process.env.DATABASE_URL, {
  dialect: 'postgres',
  dialectOptions: { ssl: sslOptions },
});

const worker = new Sequelize(process.env.WORKER_DB, process.env.WORKER_USER, process.env.WORKER_PASSWORD, {
  host: process.env.WORKER_HOST,
  dialect: 'postgres',
  // expect: tls-verify-off
  dialectOptions: { ssl: { require: true, rejectUnauthorized: false } },
});

const local = new Sequelize({ dialect: 'sqlite', storage: ':memory:' });

module.exports.instances = { heroku, worker, local };
