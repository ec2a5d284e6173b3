'use strict';

const ldap = require('ldapjs');

const BASE_DN = process.env.LDAP_BASE_DN || 'ou=people,dc=example,dc=com';

function client() {
  return ldap.createClient({ url: process.env.LDAP_URL || 'ldap://ldap.internal:389', timeout: 5000 });
}

function escapeFilter(value) {
  return String(value).replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

function searchEntries(filter, attributes) {
  return new Promise((resolve, reject) => {
    const c = client();
    const out = [];
    // expect: ldap-injection
    c.search(BASE_DN, { scope: 'sub', filter, attributes }, (err, res) => {
      if (err) {
        c.unbind();
        return reject(err);
      }
      res.on('searchEntry', (entry) => out.push(entry.pojo));
      res.on('error', (e) => {
        c.unbind();
        reject(e);
      });
      res.on('end', () => {
        c.unbind();
        resolve(out);
      });
    });
  });
}

module.exports = { searchEntries, escapeFilter, BASE_DN };
