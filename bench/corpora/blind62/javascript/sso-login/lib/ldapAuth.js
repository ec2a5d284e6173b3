'use strict';

const ldap = require('ldapjs');
const config = require('./config');

function client() {
  return ldap.createClient({ url: config.ldap.url, timeout: 5000, connectTimeout: 5000 });
}

function collect(resolve, reject) {
  return (err, res) => {
    if (err) return reject(err);
    const entries = [];
    res.on('searchEntry', (entry) => entries.push(entry.pojo || entry.object));
    res.on('error', reject);
    res.on('end', () => resolve(entries));
  };
}

async function findUser(username) {
  const c = client();
  try {
    await new Promise((resolve, reject) => c.bind(config.ldap.bindDn, config.ldap.bindPassword, (e) => (e ? reject(e) : resolve())));
    const filter = `(&(objectClass=person)(uid=${username}))`;
    const entries = await new Promise((resolve, reject) => {
      // expect: ldap-injection
      c.search(config.ldap.baseDn, { scope: 'sub', filter, attributes: ['dn', 'uid', 'mail', 'memberOf'] }, collect(resolve, reject));
    });
    return entries[0] || null;
  } finally {
    c.unbind();
  }
}

async function findUserSafe(username) {
  const c = client();
  try {
    await new Promise((resolve, reject) => c.bind(config.ldap.bindDn, config.ldap.bindPassword, (e) => (e ? reject(e) : resolve())));
    const filter = new ldap.AndFilter({
      filters: [new ldap.EqualityFilter({ attribute: 'objectClass', value: 'person' }), new ldap.EqualityFilter({ attribute: 'uid', value: username })],
    });
    const entries = await new Promise((resolve, reject) => {
      c.search(config.ldap.baseDn, { scope: 'sub', filter, attributes: ['dn', 'uid', 'mail'] }, collect(resolve, reject));
    });
    return entries[0] || null;
  } finally {
    c.unbind();
  }
}

async function verifyPassword(dn, password) {
  const c = client();
  try {
    await new Promise((resolve, reject) => c.bind(dn, password, (e) => (e ? reject(e) : resolve())));
    return true;
  } catch (err) {
    return false;
  } finally {
    c.unbind();
  }
}

module.exports = { findUser, findUserSafe, verifyPassword };
