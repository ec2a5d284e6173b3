'use strict';

const serialize = require('node-serialize');
const cookie = require('cookie');
const { json } = require('../lib/response');

function readCookies(event) {
  const header = event.headers?.cookie || event.headers?.Cookie || '';
  return cookie.parse(header);
}

exports.restore = async (event) => {
  const cookies = readCookies(event);
  if (!cookies.prefs) return json(200, { prefs: {} });
  const raw = Buffer.from(cookies.prefs, 'base64').toString('utf8');
  // expect: deserialization
  const prefs = serialize.unserialize(raw);
  return json(200, { prefs });
};

exports.restoreJson = async (event) => {
  const cookies = readCookies(event);
  let prefs = {};
  try {
    prefs = JSON.parse(Buffer.from(cookies.prefs || '', 'base64').toString('utf8'));
  } catch {
    prefs = {};
  }
  return json(200, { prefs });
};

exports.save = async (event) => {
  const prefs = JSON.parse(event.body || '{}');
  const value = Buffer.from(serialize.serialize(prefs)).toString('base64');
  return json(200, { ok: true }, { 'Set-Cookie': cookie.serialize('prefs', value, { httpOnly: true, secure: true }) });
};
