'use strict';

const Mustache = require('mustache');
const fs = require('fs');
const path = require('path');

const TEMPLATE_DIR = path.join(__dirname, 'templates');
const htmlEscape = Mustache.escape;

function load(name) {
  return fs.readFileSync(path.join(TEMPLATE_DIR, name), 'utf8');
}

function renderHtml(name, view) {
  // Safe: the default escaper is in place.
  return Mustache.render(load(name + '.html.mustache'), view);
}

function renderPlainText(name, view) {
  // expect: xss
  Mustache.escape = function (text) { return text; };
  const out = Mustache.render(load(name + '.txt.mustache'), view);
  Mustache.escape = htmlEscape;
  return out;
}

function configureMarkdown() {
  const mu = require("mustache");
  // expect: xss
  mu.escape = (value) => String(value);
  mu.tags = ['[[', ']]'];
  return mu;
}

const passthrough = (v) => v;

function renderDigest(items) {
  const engine = require('mustache');
  // expect: xss
  engine.escape = passthrough;
  return engine.render(load('digest.html.mustache'), { items });
}

function renderPreheader(view) {
  // Safe: a template rendered with its own partials, no escaper change.
  const partials = { footer: load('footer.html.mustache') };
  return Mustache.render(load('preheader.html.mustache'), view, partials);
}

module.exports = {
  renderHtml,
  renderPlainText,
  configureMarkdown,
  renderDigest,
  renderPreheader,
  escapeForLog: (s) => htmlEscape(s),
};
