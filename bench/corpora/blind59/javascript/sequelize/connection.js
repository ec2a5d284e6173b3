'use strict';

const fs = require('fs');
const { Sequelize } = require('sequelize');

// Settings per environment, in the shape sequelize-cli reads.
const settings = {
  // Look-alike: a database on the same machine during development.
  development: {
    host: '127.0.0.1',
    database: 'shop_dev',
    dialect: 'postgres',
    username: 'postgres',
  },
  // expect: insecure-transport
  production: {
    host: process.env.DB_HOST,
    database: process.env.DB_NAME,
    dialect: 'postgres',
    username: process.env.DB_USER,
    password: process.env.DB_PASSWORD,
    pool: { max: 10, idle: 10000 },
  },
  // Look-alike: TLS required and the CA checked.
  reporting: {
    host: process.env.REPORTING_HOST,
    database: 'reporting',
    dialect: 'postgres',
    dialectOptions: {
      ssl: { require: true, ca: fs.readFileSync('/etc/ssl/certs/db-ca.pem').toString() },
    },
  },
};

// expect: insecure-transport
const warehouse = new Sequelize({
  host: process.env.WAREHOUSE_HOST,
  database: 'warehouse',
  dialect: 'mysql',
  username: process.env.WAREHOUSE_USER,
  password: process.env.WAREHOUSE_PASSWORD,
});

const replicaOptions = {
  host: 'replica-1.db.example.com',
  database: 'orders',
  dialect: 'mariadb',
  // expect: insecure-transport
  dialectOptions: { ssl: false, connectTimeout: 10000 },
};
const replica = new Sequelize(replicaOptions);

// expect: insecure-transport
const legacy = new Sequelize('crm', process.env.CRM_USER, process.env.CRM_PASSWORD, { host: 'crm-db.example.com', dialect: 'mysql' });

// Look-alike: ssl: true for Postgres.
const events = new Sequelize({
  host: process.env.EVENTS_HOST,
  database: 'events',
  dialect: 'postgres',
  dialectOptions: { ssl: true },
});

module.exports = { settings, warehouse, replica, legacy, events };
