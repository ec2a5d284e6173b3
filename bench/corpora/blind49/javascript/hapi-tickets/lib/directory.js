'use strict';

const ldap = require('ldapjs');

const BASE_DN = process.env.LDAP_BASE || 'ou=people,dc=example,dc=com';

function client() {
  return ldap.createClient({ url: process.env.LDAP_URL || 'ldaps://ldap.example.com' });
}

function escapeFilter(value) {
  return String(value).replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

function search(filter) {
  return new Promise((resolve, reject) => {
    const c = client();
    const entries = [];
    c.search(BASE_DN, { scope: 'sub', filter, attributes: ['uid', 'cn', 'mail'] }, (err, res) => {
      if (err) return reject(err);
      res.on('searchEntry', (entry) => entries.push(entry.pojo || entry.object));
      res.on('error', reject);
      res.on('end', () => {
        c.unbind();
        resolve(entries);
      });
    });
  });
}

function findPerson(name) {
  const filter = '(&(objectClass=person)(|(cn=*' + name + '*)(uid=' + name + ')))';
  return new Promise((resolve, reject) => {
    const c = client();
    const found = [];
    // expect: ldap-injection
    c.search(BASE_DN, { scope: 'sub', filter, attributes: ['uid', 'cn'] }, (err, res) => {
      if (err) return reject(err);
      res.on('searchEntry', (entry) => found.push(entry.pojo || entry.object));
      res.on('error', reject);
      res.on('end', () => resolve(found));
    });
  });
}

function findPersonSafe(name) {
  const v = escapeFilter(name);
  return search(`(&(objectClass=person)(|(cn=*${v}*)(uid=${v})))`);
}

function findByQueue(queue) {
  const filter = new ldap.EqualityFilter({ attribute: 'helpdeskQueue', value: queue });
  return search(filter);
}

module.exports = { findPerson, findPersonSafe, findByQueue, search, escapeFilter };
