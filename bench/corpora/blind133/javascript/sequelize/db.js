'use strict';

const fs = require('fs');
const { Sequelize } = require('sequelize');

const primary = new Sequelize({
  host: process.env.DB_HOST,
  database: process.env.DB_NAME,
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
  logging: false,
});

const replicaOptions = {
  host: process.env.REPLICA_HOST,
  database: process.env.DB_NAME,
  username: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  dialect: 'postgres',
  dialectOptions: {
    // expect: tls-verify-off
    ssl: { rejectUnauthorized: false },
  },
};
const replica = new Sequelize(replicaOptions);

const legacy = new Sequelize({
  host: process.env.LEGACY_MYSQL_HOST,
  database: 'legacy_orders',
  username: process.env.LEGACY_USER,
  password: process.env.LEGACY_PASSWORD,
  dialect: 'mysql',
  dialectOptions: {
    ssl: {
      // expect: tls-verify-off
      rejectUnauthorized: false,
    },
  },
});

const warehouse = new Sequelize({
  host: process.env.WAREHOUSE_HOST,
  database: 'warehouse',
  username: process.env.WAREHOUSE_USER,
  password: process.env.WAREHOUSE_PASSWORD,
  dialect: 'postgres',
  dialectOptions: {
    ssl: {
      rejectUnauthorized: true,
      ca: fs.readFileSync('/etc/ssl/certs/warehouse-ca.pem', 'utf8'),
    },
  },
});

const audit = new Sequelize({
  host: process.env.AUDIT_HOST,
  database: 'audit',
  username: process.env.AUDIT_USER,
  password: process.env.AUDIT_PASSWORD,
  dialect: 'postgres',
  dialectOptions: {
    ssl: { require: true, ca: process.env.AUDIT_CA_PEM },
  },
});

module.exports = { primary, replica, legacy, warehouse, audit };
