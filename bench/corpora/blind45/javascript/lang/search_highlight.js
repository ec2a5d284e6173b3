'use strict';

const escapeStringRegexp = require('escape-string-regexp');

const WORD_CHARS = /[\w-]+/g;

function highlightTerm(text, term) {
  // expect: redos
  const matcher = new RegExp(term, 'gi');
  return text.replace(matcher, '**$&**');
}

function filterByPrefix(names, prefix) {
  const source = '^' + prefix + '.*$';
  // expect: redos
  const re = new RegExp(source);
  return names.filter((n) => re.test(n));
}

function wholeWord(word, flags) {
  // expect: redos
  return RegExp(`\\b${word}\\b`, flags || 'i');
}

class RouteTable {
  constructor() {
    this.routes = [];
  }

  add(pattern, handler) {
    const compiled = pattern.replace(/:(\w+)/g, '([^/]+)');
    // expect: redos
    this.routes.push({ re: new RegExp('^' + compiled + '$'), handler });
  }
}

function safeHighlight(text, term) {
  const matcher = new RegExp(escapeStringRegexp(term), 'gi');
  return text.replace(matcher, '**$&**');
}

function isSlug(value) {
  return new RegExp('^[a-z0-9-]+$').test(value);
}

function tokens(text) {
  return text.match(RegExp(WORD_CHARS, 'g')) || [];
}

module.exports = { highlightTerm, filterByPrefix, wholeWord, RouteTable, safeHighlight, isSlug, tokens };
