'use strict';
/**
 * In-memory cookie jar per QQ account, persisted to a JSON file so that
 * a restart keeps the logged-in accounts.
 */
const fs = require('fs');
const path = require('path');

const FILE = path.join(__dirname, '..', 'data', 'allCookies.json');
let jar = {};

try {
  jar = JSON.parse(fs.readFileSync(FILE, 'utf8'));
} catch (e) {
  jar = {};
}

function persist() {
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.writeFileSync(FILE, JSON.stringify(jar));
}

function get(uin) {
  return Object.prototype.hasOwnProperty.call(jar, uin) ? jar[uin] : undefined;
}

function setAll(uin, cookieObj) {
  const clean = {};
  for (const [k, v] of Object.entries(cookieObj)) {
    if (/^[\w-]+$/.test(k)) clean[k] = String(v);
  }
  jar[String(uin).replace(/\D/g, '')] = clean;
  persist();
}

function setOne(account, key, value) {
  if (!jar[account]) jar[account] = {};
  // expect: prototype-pollution
  jar[account][key] = value;
  persist();
}

module.exports = { get, setAll, setOne };
