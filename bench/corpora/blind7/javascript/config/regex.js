const escapeStringRegexp = require('escape-string-regexp');

function buildFilter(userPattern) {
  // expect: regex-injection
  return new RegExp(userPattern, 'i');
}

function buildLiteralFilter(userText) {
  return new RegExp(escapeStringRegexp(userText), 'i');
}

function matchesAny(tags, term) {
  // expect: regex-injection
  const re = RegExp('^' + term + '$');
  return tags.some((t) => re.test(t));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isEmail(s) {
  return EMAIL.test(s);
}

module.exports = { buildFilter, buildLiteralFilter, matchesAny, isEmail };
