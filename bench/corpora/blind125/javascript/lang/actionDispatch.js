'use strict';

const handlers = require('./handlers');
const settings = require('./settings');
const RATES = require('./rates.json');

// Generic "action" endpoint: /api/actions/:action
function dispatch(req, res) {
  // expect: code-injection
  const handler = handlers[req.params.action];
  if (typeof handler !== 'function') return res.status(404).end();
  return handler(req, res);
}

function readSetting(req, res) {
  // expect: code-injection
  const value = settings[req.query.key];
  res.json({ key: req.query.key, value });
}

function convert(req, res) {
  const { amount, currency } = req.body;
  // expect: code-injection
  const rate = RATES[currency];
  res.json({ converted: amount * rate });
}

// Safe look-alikes: a fixed key, an own-property check first, an array index.
function defaultTheme() {
  const theme = settings['theme'];
  return theme || 'light';
}

function safeConvert(req, res) {
  const code = String(req.body.currency);
  if (!Object.prototype.hasOwnProperty.call(RATES, code)) return res.status(400).end();
  const rate = RATES[code];
  res.json({ converted: Number(req.body.amount) * rate });
}

function firstHandlerName() {
  const names = Object.keys(handlers);
  const first = names[0];
  return first;
}

module.exports = { dispatch, readSetting, convert, defaultTheme, safeConvert, firstHandlerName };
