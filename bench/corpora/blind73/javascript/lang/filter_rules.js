'use strict';

// Mail filtering rules: users write match patterns in the settings page.

function escapeRegExp(s) {
  return String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function findMatches(text, term) {
  // expect: redos
  const re = new RegExp(term, 'gi');
  return text.match(re) || [];
}

const matchesRoute = function (pattern, pathname) {
  // expect: redos
  return RegExp(`^${pattern}$`).test(pathname);
};

class FilterRule {
  constructor(rule) {
    this.target = rule.target;
    // expect: redos
    this.matcher = new RegExp(rule.pattern, rule.flags || 'i');
  }

  test(message) {
    return this.matcher.test(message[this.target] || '');
  }
}

function splitTokens(input, delimiter) {
  // expect: redos
  return input.split(new RegExp(delimiter + '+'));
}

// Escaped user text, constants and regex literals.
function containsWord(text, word) {
  return new RegExp('\\b' + escapeRegExp(word) + '\\b', 'i').test(text);
}

const ISO_DATE = new RegExp('^\\d{4}-\\d{2}-\\d{2}$');

function isIsoDate(value) {
  return ISO_DATE.test(value);
}

function stripTags(html) {
  return html.replace(new RegExp(/<[^>]*>/, 'g'), '');
}

module.exports = { findMatches, matchesRoute, FilterRule, splitTokens, containsWord, isIsoDate, stripTags };
