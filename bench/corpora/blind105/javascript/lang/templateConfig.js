'use strict';

const Mustache = require('mustache');
const Hogan = require('hogan.js');

// Template engine set-up for the newsletter and the help-centre renderers.
function configureNewsletter(engine) {
  // expect: xss
  engine.escapeMarkup = false;
  return engine;
}

class HelpRenderer {
  constructor(options = {}) {
    this.options = options;
    // expect: xss
    this.escapeMarkup = false;
  }

  render(tpl, view) {
    return Mustache.render(tpl, view);
  }
}

const renderers = { email: {}, web: {} };
// expect: xss
renderers.email.escapeMarkup = false;

function legacyMode(settings) {
  if (settings.legacyTemplates) {
    // expect: xss
    settings.templating.escapeMarkup = false;
  }
  return settings;
}

// Safe look-alikes: escaping kept on, reading the flag, default rendering.
renderers.web.escapeMarkup = true;

function isEscaping(engine) {
  return engine.escapeMarkup !== false;
}

function renderDigest(tpl, view) {
  return Hogan.compile(tpl).render(view);
}

module.exports = { configureNewsletter, HelpRenderer, renderers, legacyMode, isEscaping, renderDigest };
