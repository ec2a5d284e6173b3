const libxmljs = require('libxmljs2');
const serialize = require('node-serialize');
const vm = require('vm');
const got = require('got');

const ALLOWED_SOURCES = ['https://feeds.example.com/', 'https://partner-exports.example.net/'];

async function importXml(payload) {
  // expect: xxe
  const doc = libxmljs.parseXml(payload.xml, { noent: true, nonet: false });
  return doc.find('//item').map((node) => ({ sku: node.attr('sku') && node.attr('sku').value(), qty: Number(node.text()) }));
}

async function importXmlSafe(payload) {
  const doc = libxmljs.parseXml(payload.xml, { noent: false, nonet: true });
  return doc.find('//item').length;
}

async function restoreSession(payload) {
  // expect: deserialization
  const state = serialize.unserialize(Buffer.from(payload.snapshot, 'base64').toString('utf8'));
  return { keys: Object.keys(state) };
}

async function restoreSessionSafe(payload) {
  const state = JSON.parse(Buffer.from(payload.snapshot, 'base64').toString('utf8'));
  return { keys: Object.keys(state) };
}

async function evaluateFormula(payload) {
  const sandbox = { values: payload.values || {}, Math };
  // expect: code-injection
  const result = vm.runInNewContext(payload.formula, sandbox, { timeout: 100 });
  return { result };
}

async function fetchSource(payload) {
  let url = payload.url;
  if (!url) url = ALLOWED_SOURCES[0] + 'default.csv';
  // expect: ssrf
  const body = await got(url, { timeout: { request: 10000 } }).text();
  return { bytes: body.length };
}

async function fetchSourceSafe(payload) {
  const url = String(payload.url || '');
  if (!ALLOWED_SOURCES.some((prefix) => url.startsWith(prefix))) {
    throw new Error('source not allowed');
  }
  const body = await got(url, { timeout: { request: 10000 } }).text();
  return { bytes: body.length };
}

module.exports = {
  'import-xml': importXml,
  'import-xml-safe': importXmlSafe,
  'restore-session': restoreSession,
  'restore-session-safe': restoreSessionSafe,
  'evaluate-formula': evaluateFormula,
  'fetch-source': fetchSource,
  'fetch-source-safe': fetchSourceSafe,
};
