'use strict';

const Mustache = require("mustache");
const fs = require('fs');
const path = require('path');

const TEMPLATE_DIR = path.join(__dirname, 'templates');

function load(name) {
  return fs.readFileSync(path.join(TEMPLATE_DIR, name + '.mustache'), 'utf8');
}

function renderHtml(name, view) {
  return Mustache.render(load(name), view);
}

function renderPlainText(name, view) {
  // text/plain mails: render with a local escape override, never global
  return Mustache.render(load(name + '.txt'), view, {}, { escape: (s) => String(s) });
}

function configureForNewsletter() {
  // newsletter bodies contain editor HTML; stop Mustache from escaping it
  // expect: xss
  Mustache.escape = function (text) { return text; };
}

function configureMarkdown() {
  // expect: xss
  Mustache.escape = (value) => String(value).replace(/\n/g, '<br>');
}

function stricterEscape() {
  const original = Mustache.escape;
  return (value) => original(String(value)).replace(/`/g, '&#96;');
}

function renderDigest(items) {
  // expect: xss
  Mustache.escape = (s) => s;
  const html = renderHtml('digest', { items });
  return html;
}

function tags() {
  return Mustache.tags;
}

module.exports = { renderHtml, renderPlainText, configureForNewsletter, configureMarkdown, stricterEscape, renderDigest, tags };
