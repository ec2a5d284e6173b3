const fs = require('fs');
const { Sequelize } = require('sequelize');

const config = {
  development: {
    host: '127.0.0.1',
    database: 'shop_dev',
    username: 'shop',
    password: process.env.DB_PASSWORD,
    dialect: 'sqlite',
    storage: './dev.sqlite',
  },
  staging: {
    host: process.env.DB_HOST,
    database: 'shop_staging',
    username: process.env.DB_USER,
    password: process.env.DB_PASSWORD,
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
    database: 'shop',
    username: process.env.DB_USER,
    password: process.env.DB_PASSWORD,
    dialect: 'postgres',
    dialectOptions: {
      ssl: {
        require: true,
        rejectUnauthorized: true,
        ca: fs.readFileSync(process.env.DB_CA_PATH || '/etc/ssl/rds-ca.pem').toString(),
      },
    },
  },
  reporting: {
    host: process.env.REPORTING_HOST,
    database: 'reporting',
    username: process.env.REPORTING_USER,
    password: process.env.REPORTING_PASSWORD,
    dialect: 'mysql',
    // expect: tls-verify-off
    dialectOptions: { ssl: { rejectUnauthorized: false } },
  },
};

const analytics = new Sequelize({
  host: process.env.ANALYTICS_HOST,
  database: 'analytics',
  username: process.env.ANALYTICS_USER,
  password: process.env.ANALYTICS_PASSWORD,
  dialect: "mariadb",
  dialectOptions: {
    // expect: tls-verify-off
    ssl: { rejectUnauthorized: false, minVersion: 'TLSv1.2' },
  },
  logging: false,
});

const archive = new Sequelize({
  host: process.env.ARCHIVE_HOST,
  database: 'archive',
  username: process.env.ARCHIVE_USER,
  password: process.env.ARCHIVE_PASSWORD,
  dialect: 'postgres',
  dialectOptions: {
    ssl: {
      ca: process.env.ARCHIVE_CA,
      // expect: tls-verify-off
      rejectUnauthorized: false
    }
  },
});

const env = process.env.NODE_ENV || 'development';
const sequelize = new Sequelize(config[env]);

module.exports = { sequelize, analytics, archive, config };
