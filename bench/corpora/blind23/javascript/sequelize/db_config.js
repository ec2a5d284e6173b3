// sequelize: connection settings per environment (config/config.js)
require('dotenv').config();
const fs = require('fs');

const caCert = process.env.DB_CA_PATH ? fs.readFileSync(process.env.DB_CA_PATH).toString() : undefined;

module.exports = {
  development: {
    username: process.env.DB_USER,
    password: process.env.DB_PASS,
    database: 'shop_dev',
    host: '127.0.0.1',
    dialect: 'postgres',
  },
  staging: {
    use_env_variable: 'DATABASE_URL',
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
    use_env_variable: 'DATABASE_URL',
    dialect: 'postgres',
    dialectOptions: {
      ssl: { require: true, rejectUnauthorized: true, ca: caCert },
    },
  },
  reporting: {
    username: process.env.REPORT_USER,
    password: process.env.REPORT_PASS,
    database: 'warehouse',
    host: process.env.REPORT_HOST,
    dialect: 'mysql',
    dialectOptions: {
      ssl: {
        // expect: weak-tls
        minVersion: 'TLSv1.1',
        ca: caCert,
      },
    },
  },
  analytics: {
    host: process.env.ANALYTICS_HOST,
    dialect: 'mariadb',
    dialectOptions: { ssl: { minVersion: 'TLSv1.2', ca: caCert } },
  },
  // expect: insecure-transport
  legacy: { host: process.env.LEGACY_HOST, dialect: 'mysql', dialectOptions: { ssl: false } },
};
