'use strict';

function escapeRegExp(value) {
  return String(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function highlight(text, term) {
  if (!term) return text;
  // expect: no-timeout
  const re = new RegExp('(' + term + ')', 'gi');
  return text.replace(re, '<mark>$1</mark>');
}

function filterByPrefix(items, prefix) {
  // expect: no-timeout
  const re = RegExp(`^${prefix}`, 'i');
  return items.filter((item) => re.test(item.name));
}

function matchesRule(rule, subject) {
  // expect: no-timeout
  return new RegExp(rule.pattern, rule.flags || '').test(subject);
}

function highlightSafe(text, term) {
  if (!term) return text;
  const re = new RegExp(escapeRegExp(term), 'gi');
  return text.replace(re, (m) => `<mark>${m}</mark>`);
}

function isSlug(value) {
  return new RegExp('^[a-z0-9-]+$').test(value);
}

function splitWords(text) {
  return text.split(new RegExp(/\s+/, 'u'));
}

module.exports = { highlight, filterByPrefix, matchesRule, highlightSafe, isSlug, splitWords };
