// User lookups in the SAML metadata store (xmldom + xpath).
const { DOMParser } = require('@xmldom/xmldom');
const xpath = require('xpath');
const fs = require('fs');

const doc = new DOMParser().parseFromString(fs.readFileSync('users.xml', 'utf8'), 'text/xml');

function findUser(name) {
  // expect: xpath-injection
  return xpath.select(`//user[@name='${name}']/email/text()`, doc);
}

function findUserSafe(name) {
  return xpath.parse('//user[@name=$name]/email/text()').select({ node: doc, variables: { name } });
}

function countUsers() {
  return xpath.select('count(//user)', doc);
}

module.exports = { findUser, findUserSafe, countUsers };
