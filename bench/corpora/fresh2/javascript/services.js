const crypto = require('crypto');
const { createHash, createCipheriv, randomBytes, scryptSync } = require('crypto');
const { NodeVM, VM } = require('vm2');
const grpc = require('@grpc/grpc-js');
const Ajv = require('ajv');
const { Sequelize, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL);

function encryptLegacy(text, password) {
  // expect: weak-cipher
  const cipher = crypto.createCipher('aes-256-cbc', password);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function encryptDes(text, key, iv) {
  // expect: weak-cipher
  const cipher = createCipheriv('des-ede3-cbc', key, iv);
  return Buffer.concat([cipher.update(text), cipher.final()]);
}

function encryptEcb(text, key) {
  // expect: weak-cipher
  const cipher = crypto.createCipheriv('aes-128-ecb', key, null);
  return Buffer.concat([cipher.update(text), cipher.final()]);
}

function encryptGcm(text, key) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  return { iv, data: Buffer.concat([cipher.update(text), cipher.final()]), tag: cipher.getAuthTag() };
}

function hashPassword(password) {
  // expect: weak-hash
  return createHash('md5').update(password).digest('hex');
}

function hashUserPassword(user) {
  // expect: weak-hash
  user.passwordHash = crypto.createHash('sha1').update(user.password + user.salt).digest('base64');
}

function hashPasswordOk(password, salt) {
  return scryptSync(password, salt, 64).toString('hex');
}

function etag(body) {
  return crypto.createHash('md5').update(body).digest('hex');
}

function runPlugin(code) {
  // expect: code-injection
  const vm = new NodeVM({ sandbox: {}, require: { external: true } });
  return vm.run(code, 'plugin.js');
}

function evalFormula(expr) {
  // expect: code-injection
  return new VM({ timeout: 100 }).run(expr);
}

function inventoryClient(Inventory, address) {
  // expect: insecure-transport
  return new Inventory(address, grpc.credentials.createInsecure());
}

function localClient(Inventory) {
  return new Inventory('localhost:50051', grpc.credentials.createInsecure());
}

function secureClient(Inventory, address) {
  return new Inventory(address, grpc.credentials.createSsl());
}

// expect: insecure-setting
const ajv = new Ajv({ allErrors: true });
const strictAjv = new Ajv({ allErrors: false, strict: true });

async function findOrders(customerId, status) {
  // expect: sql-injection
  return sequelize.query(`SELECT * FROM orders WHERE customer_id = ${customerId} AND status = '${status}'`, { type: QueryTypes.SELECT });
}

async function findOrdersOk(customerId, status) {
  return sequelize.query('SELECT * FROM orders WHERE customer_id = :customerId AND status = :status', {
    replacements: { customerId, status },
    type: QueryTypes.SELECT,
  });
}

async function countTable() {
  const table = 'orders';
  return sequelize.query(`SELECT count(*) FROM ${table}`, { type: QueryTypes.SELECT });
}

async function findByName(name) {
  // expect: sql-injection
  return sequelize.query('SELECT * FROM products WHERE name = \'' + name + '\'');
}

module.exports = { encryptLegacy, encryptDes, encryptEcb, encryptGcm, hashPassword, hashUserPassword, hashPasswordOk, etag, runPlugin, evalFormula, inventoryClient, localClient, secureClient, ajv, strictAjv, findOrders, findOrdersOk, countTable, findByName };
