// library: xpath + @xmldom/xmldom
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const doc = new DOMParser().parseFromString(fs.readFileSync('/etc/app/users.xml', 'utf8'), 'text/xml');

function findUser(name, pin) {
  // expect: xpath-injection
  return xpath.select(`//user[name/text()='${name}' and pin/text()='${pin}']`, doc);
}

function rolesOf(name) {
  const expr = "//user[name='" + name + "']/roles/role/text()";
  // expect: xpath-injection
  return xpath.select(expr, doc).map(String);
}

function findUserSafe(name, pin) {
  return xpath.parse("//user[name/text()=$name and pin/text()=$pin]").select({ node: doc, variables: { name, pin } });
}

function rolesOfSafe(name) {
  return xpath.parse("//user[name=$name]/roles/role/text()").select({ node: doc, variables: { name } }).map(String);
}

function allUserNames() {
  return xpath.select('//user/name/text()', doc).map(String);
}

module.exports = { findUser, rolesOf, findUserSafe, rolesOfSafe, allUserNames };
