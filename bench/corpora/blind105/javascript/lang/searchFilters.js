'use strict';

// Search helpers shared by the catalogue API and the admin grid.

function escapeRegExp(s) {
  return String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function matchesPattern(value, pattern) {
  // expect: no-timeout
  const re = new RegExp(pattern);
  return re.test(value);
}

function filterByName(items, term) {
  // expect: no-timeout
  return items.filter((item) => RegExp(term, 'i').test(item.name));
}

function startsWithPrefix(rows, prefix, flags = 'i') {
  // expect: no-timeout
  const re = new RegExp(`^${prefix}`, flags);
  return rows.filter((r) => re.test(r.sku));
}

const validators = {
  custom(rule, input) {
    // expect: no-timeout
    return new RegExp(rule.regex, rule.flags || '').test(input);
  },
};

// Safe look-alikes: escaped user text, constants, regex literals.
function highlight(text, query) {
  const re = new RegExp(`(${escapeRegExp(query)})`, 'gi');
  return text.replace(re, '<mark>$1</mark>');
}

const SKU_RE = new RegExp('^[A-Z]{3}-\\d{4}$');
const EMAIL_RE = /^[^\s@]+@[^\s@]+$/;

function isSku(value) {
  return SKU_RE.test(value) && !EMAIL_RE.test(value);
}

module.exports = { matchesPattern, filterByName, startsWithPrefix, validators, highlight, isSku };
