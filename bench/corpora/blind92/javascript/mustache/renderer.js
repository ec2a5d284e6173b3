'use strict';

const fs = require('fs');
const path = require('path');
const Mustache = require('mustache');
const mustache = require('mustache');

const TEMPLATE_DIR = path.join(__dirname, 'templates');

function loadTemplate(name) {
  return fs.readFileSync(path.join(TEMPLATE_DIR, name + '.mustache'), 'utf8');
}

// The markdown pipeline escapes on its own, so stop Mustache double-escaping.
// expect: xss
Mustache.escape = function (text) { return text; };

function configureLegacyWidgets() {
  // expect: xss
  mustache.escape = (value) => String(value);
}

function configureAttributesOnly() {
  // expect: xss
  Mustache.escape = (s) => String(s).replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function renderPage(name, view) {
  return Mustache.render(loadTemplate(name), view, { header: loadTemplate('header') });
}

function renderPlainTextEmail(name, view) {
  return Mustache.render(loadTemplate(name), view, {}, { escape: (v) => v });
}

const defaultEscape = Mustache.escape;
function escapeForLog(value) {
  return defaultEscape(String(value));
}

module.exports = { renderPage, renderPlainTextEmail, configureLegacyWidgets, configureAttributesOnly, escapeForLog };
