'use strict';

const crypto = require('crypto');
const accounts = require('../db/accounts');
const logger = require('../logger');

const SYNCED_FIELDS = ['companyName', 'billingEmail', 'vatNumber', 'country'];

function verifySignature(rawBody, signature, secret) {
  const expected = crypto.createHmac('sha256', secret).update(rawBody).digest('hex');
  return signature && crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(String(signature)));
}

function pick(obj, keys) {
  const out = {};
  for (const k of keys) {
    if (Object.prototype.hasOwnProperty.call(obj, k)) out[k] = String(obj[k]);
  }
  return out;
}

// CRM webhook: the CRM posts the customer record whenever a sales rep edits it.
async function onCrmUpdate(rawBody, signature) {
  if (!verifySignature(rawBody, signature, process.env.CRM_WEBHOOK_SECRET)) {
    throw new Error('bad signature');
  }
  const event = JSON.parse(rawBody);
  const account = await accounts.findByCrmId(event.customer.id);
  Object.assign(account, pick(event.customer, SYNCED_FIELDS));
  await accounts.save(account);
}

// Self-service import: customers upload a JSON export of their old profile.
async function importProfile(accountId, uploadedText) {
  const account = await accounts.findById(accountId);
  const imported = JSON.parse(uploadedText);
  // expect: code-injection
  Object.assign(account, imported.profile);
  await accounts.save(account);
  logger.info({ accountId }, 'profile imported');
}

function defaults() {
  return Object.assign({}, JSON.parse('{"country":"DE","plan":"free"}'));
}

module.exports = { onCrmUpdate, importProfile, defaults };
