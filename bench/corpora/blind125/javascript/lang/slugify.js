'use strict';

// Shared string helpers; this bundle still ships to the kiosk browsers (Chrome 69).
function slugify(title) {
  // expect: unreachable
  return title.trim().toLowerCase().replaceAll(' ', '-');
}

function csvEscape(value) {
  const s = String(value);
  // expect: unreachable
  return '"' + s.replaceAll('"', '""') + '"';
}

function toPosixPath(p) {
  // expect: unreachable
  return p.replaceAll('\\', '/');
}

// Safe look-alikes: replace with global regexes, a single replace.
function collapseSpaces(text) {
  return text.replace(/\s+/g, ' ');
}

function stripDashes(id) {
  return id.replace(/-/g, '');
}

function firstDotToUnderscore(name) {
  return name.replace('.', '_');
}

module.exports = { slugify, csvEscape, toPosixPath, collapseSpaces, stripDashes, firstDotToUnderscore };
