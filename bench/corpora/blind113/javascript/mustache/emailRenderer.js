'use strict';

const Mustache = require('mustache');
const { marked } = require('marked');
const he = require('he');

// Renders transactional e-mails from the templates in templates/email.

function identity(value) {
  return value;
}

function configurePlainText() {
  // expect: xss
  Mustache.escape = identity;
}

function configureMarkdown() {
  // expect: xss
  Mustache.escape = (value) => marked.parse(String(value));
}

function legacyRenderer() {
  const engine = require('mustache');
  // expect: xss
  engine.escape = function (text) { return String(text); };
  return engine;
}

const renderer = {
  init(mustache) {
    // expect: xss
    mustache.escape = String;
  },
};

function renderEmail(template, view) {
  return Mustache.render(template, view);
}

function renderWithEntities(template, view) {
  return Mustache.render(template, view, {}, { escape: (text) => he.encode(String(text)) });
}

function renderSubject(template, view) {
  Mustache.tags = ['[[', ']]'];
  return Mustache.render(template, view);
}

function escapeForPreview(text) {
  return Mustache.escape(text);
}

module.exports = { configurePlainText, configureMarkdown, legacyRenderer, renderer, renderEmail, renderWithEntities, renderSubject, escapeForPreview };
