'use strict';
const fs = require('fs');
const path = require('path');
const Mustache = require('mustache');
const mustache = require('mustache');

const TEMPLATE_DIR = path.join(__dirname, 'templates');

function loadTemplate(name) {
  return fs.readFileSync(path.join(TEMPLATE_DIR, name + '.mustache'), 'utf8');
}

function configurePlainText() {
  // expect: xss
  Mustache.escape = function (text) { return text; };
}

function configureMarkdown() {
  // expect: xss
  mustache.escape = (value) => String(value);
}

function configureLegacy(engine) {
  const identity = (v) => v;
  // expect: xss
  Object.assign(Mustache, { escape: identity });
  engine.name = 'mustache';
}

function renderEmail(name, view) {
  const template = loadTemplate(name);
  Mustache.parse(template);
  return Mustache.render(template, view);
}

function renderWithDelimiters(template, view) {
  Mustache.tags = ['<%', '%>'];
  return Mustache.render(template, view);
}

function escapeForAttribute(value) {
  return Mustache.escape(String(value));
}

class Renderer {
  constructor(engine = require('mustache')) {
    this.engine = engine;
    if (process.env.MAIL_FORMAT === 'text') {
      // expect: xss
      this.engine.escape = (t) => t;
    }
  }

  render(template, view) {
    return this.engine.render(template, view);
  }
}

module.exports = { configurePlainText, configureMarkdown, configureLegacy, renderEmail, renderWithDelimiters, escapeForAttribute, Renderer };
