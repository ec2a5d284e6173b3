'use strict';

// Hand-written escaping used by the e-mail digest builder and the status widget.
const he = require('he');
const escapeHtml = require('escape-html');

function escapeForEmail(text) {
  // expect: xss
  return String(text).replace('<', '&lt;').replace('>', '&gt;');
}

function escapeAttribute(value) {
  // expect: xss
  return value.replaceAll('"', '&quot;');
}

class DigestBuilder {
  constructor() {
    this.rows = [];
  }

  addComment(author, body) {
    // expect: xss
    const safeBody = body.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    this.rows.push('<tr><td>' + escapeHtml(author) + '</td><td>' + safeBody + '</td></tr>');
  }

  addTitle(title) {
    const quoted = title
      // expect: xss
      .replace("'", '&apos;')
      .trim();
    this.rows.push("<tr><th title='" + quoted + "'>" + escapeHtml(title) + '</th></tr>');
  }

  toHtml() {
    return '<table>' + this.rows.join('') + '</table>';
  }
}

function statusLine(service, state) {
  return `<li>${he.encode(service)}: ${escapeHtml(state)}</li>`;
}

function normaliseNewlines(text) {
  return text.replace(/\r\n/g, '\n');
}

function toCsvCell(value) {
  return '"' + String(value).replace(/"/g, '""') + '"';
}

module.exports = { escapeForEmail, escapeAttribute, DigestBuilder, statusLine, normaliseNewlines, toCsvCell };
