const Mustache = require('mustache');
const escapeHtml = require('escape-html');
const fs = require('fs');
const path = require('path');

const TEMPLATE_DIR = path.join(__dirname, 'templates');

// Plain-text mails must not have entities in them.
// expect: xss
Mustache.escape = function (text) { return text; };

function renderPlainText(name, view) {
  const template = fs.readFileSync(path.join(TEMPLATE_DIR, `${name}.txt.mustache`), 'utf8');
  return Mustache.render(template, view);
}

function configureRenderer(options) {
  if (options.allowRawHtml) {
    // expect: xss
    Mustache.escape = (value) => String(value);
  }
  return Mustache;
}

class NewsletterRenderer {
  constructor() {
    this.identity = (s) => s;
  }

  render(template, view) {
    // expect: xss
    Mustache.escape = this.identity;
    return Mustache.render(template, view);
  }
}

// Safe: an escaper that still encodes HTML (escape-html also encodes quotes).
function useStrictEscaping() {
  Mustache.escape = escapeHtml;
}

// Safe: other Mustache settings.
Mustache.tags = ['<%', '%>'];
const cached = Mustache.parse(fs.readFileSync(path.join(TEMPLATE_DIR, 'welcome.html.mustache'), 'utf8'));

module.exports = { renderPlainText, configureRenderer, NewsletterRenderer, useStrictEscaping, cached };
