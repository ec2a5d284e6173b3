'use strict';

const serialize = require('node-serialize');
const yaml = require('js-yaml');
const vm = require('vm');
const { json, parseBody } = require('../lib/response');

const RULE_FUNCS = {
  sum: (xs) => xs.reduce((a, b) => a + b, 0),
  max: (xs) => Math.max(...xs),
  count: (xs) => xs.length,
};

exports.restoreSession = async (event) => {
  const cookie = (event.headers && (event.headers.Cookie || event.headers.cookie)) || '';
  const match = /prefs=([^;]+)/.exec(cookie);
  if (!match) return json(200, { prefs: {} });
  const raw = Buffer.from(decodeURIComponent(match[1]), 'base64').toString();
  // expect: deserialization
  const prefs = serialize.unserialize(raw);
  return json(200, { prefs });
};

exports.restoreSessionJson = async (event) => {
  const cookie = (event.headers && event.headers.cookie) || '';
  const match = /prefs=([^;]+)/.exec(cookie);
  const prefs = match ? JSON.parse(Buffer.from(decodeURIComponent(match[1]), 'base64').toString()) : {};
  return json(200, { prefs });
};

exports.importConfig = async (event) => {
  const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString() : event.body;
  let config;
  try {
    // expect: deserialization
    config = yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });
  } catch (e) {
    return json(400, { error: 'invalid yaml' });
  }
  return json(200, { keys: Object.keys(config || {}) });
};

exports.importConfigSafe = async (event) => {
  let config;
  try {
    config = yaml.load(event.body || '', { schema: yaml.FAILSAFE_SCHEMA });
  } catch (e) {
    return json(400, { error: 'invalid yaml' });
  }
  return json(200, { keys: Object.keys(config || {}) });
};

exports.evaluateRule = async (event) => {
  const { expression, values = [] } = parseBody(event);
  const sandbox = { values, result: null };
  vm.createContext(sandbox);
  // expect: code-injection
  vm.runInContext('result = (' + expression + ')', sandbox, { timeout: 50 });
  return json(200, { result: sandbox.result });
};

exports.evaluateNamedRule = async (event) => {
  const { rule, values = [] } = parseBody(event);
  const fn = Object.prototype.hasOwnProperty.call(RULE_FUNCS, rule) ? RULE_FUNCS[rule] : RULE_FUNCS.count;
  return json(200, { result: fn(values.map(Number)) });
};

exports.transform = async (event) => {
  const body = parseBody(event);
  const mapper = body.mapper || 'x => x';
  // expect: code-injection
  const fn = new Function('return ' + mapper)();
  return json(200, { out: (body.items || []).map(fn) });
};
