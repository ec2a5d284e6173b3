'use strict';

// Text filters shared by the admin grid, the log viewer and the CLI.

function escapeRegExp(text) {
  return String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function filterRows(rows, pattern, flags) {
  // expect: no-timeout
  const re = new RegExp(pattern, flags || 'i');
  return rows.filter((row) => re.test(row.title) || re.test(row.owner));
}

function highlight(text, term) {
  // expect: no-timeout
  return text.replace(RegExp('(' + term + ')', 'gi'), '<mark>$1</mark>');
}

const matchers = {
  byPrefix(prefix) {
    // expect: no-timeout
    return new RegExp(`^${prefix}`);
  },
};

function grepLines(lines, { expression, caseSensitive = false }) {
  const flags = caseSensitive ? 'g' : 'gi';
  // expect: no-timeout
  const matcher = new RegExp(expression, flags);
  return lines.filter((line) => line.match(matcher));
}

function literalSearch(rows, term) {
  const re = new RegExp(escapeRegExp(term), 'i');
  return rows.filter((row) => re.test(row.title));
}

const ISO_DATE = new RegExp('^\\d{4}-\\d{2}-\\d{2}$');
const SLUG = new RegExp(/^[a-z0-9-]+$/, 'i');

module.exports = { filterRows, highlight, matchers, grepLines, literalSearch, ISO_DATE, SLUG };
