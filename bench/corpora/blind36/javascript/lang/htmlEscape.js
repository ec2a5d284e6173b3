'use strict';

function escapeHtml(s) {
  // expect: incomplete-sanitization
  return String(s).replace('<', '&lt;')
    // expect: incomplete-sanitization
    .replace('>', '&gt;');
}

function quoteAttr(value) {
  // expect: incomplete-sanitization
  return `"${value.replace('"', '&quot;')}"`;
}

const sqlLiteral = (v) => {
  const cleaned = String(v);
  // expect: incomplete-sanitization
  return "'" + cleaned.replace("'", "''") + "'";
};

class CsvCell {
  constructor(text) {
    this.text = text;
  }

  toString() {
    // expect: incomplete-sanitization
    return this.text.replace('\n', ' ');
  }
}

function escapeHtmlSafe(s) {
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function slugLabel(name) {
  return name.replace('-', ' ');
}

function quoteAttrSafe(value) {
  return `"${value.replaceAll('"', '&quot;')}"`;
}

module.exports = { escapeHtml, quoteAttr, sqlLiteral, CsvCell, escapeHtmlSafe, slugLabel, quoteAttrSafe };
