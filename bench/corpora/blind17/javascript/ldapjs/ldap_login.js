// library: ldapjs
const ldap = require('ldapjs');

const client = ldap.createClient({ url: process.env.LDAP_URL });

function findUser(username, cb) {
  // expect: ldap-injection
  client.search('ou=people,dc=example,dc=com', { scope: 'sub', filter: `(&(objectClass=person)(uid=${username}))` }, cb);
}

function groupsOf(username, cb) {
  const filter = '(&(objectClass=groupOfNames)(member=uid=' + username + ',ou=people,dc=example,dc=com))';
  // expect: ldap-injection
  client.search('ou=groups,dc=example,dc=com', { scope: 'sub', filter }, cb);
}

function findUserSafe(username, cb) {
  const filter = new ldap.AndFilter({ filters: [new ldap.EqualityFilter({ attribute: 'objectClass', value: 'person' }), new ldap.EqualityFilter({ attribute: 'uid', value: username })] });
  client.search('ou=people,dc=example,dc=com', { scope: 'sub', filter }, cb);
}

function allPeople(cb) {
  client.search('ou=people,dc=example,dc=com', { scope: 'sub', filter: '(objectClass=person)' }, cb);
}

module.exports = { findUser, groupsOf, findUserSafe, allPeople };
